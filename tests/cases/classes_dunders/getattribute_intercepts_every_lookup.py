class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("lookup", name)
        return super().__getattribute__(name)

    def method(self):
        return "m"

obj = Logged()
print(obj.x)
print(obj.method())
print(type(obj).__name__)
