class Manager:
    def __enter__(self):
        print("enter")
        return "resource"

    def __exit__(self, *exc):
        print("exit")

with Manager() as value:
    print("bound:", value)
