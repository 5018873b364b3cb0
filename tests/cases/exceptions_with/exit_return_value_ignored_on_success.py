class M:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit with", exc)
        return True

with M():
    print("no error")
print("next")
