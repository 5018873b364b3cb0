# __new__ creates the object, __init__ fills it in. Python calls __init__ only when
# __new__ returns an instance of the class being called.
class Celsius(float):
    def __new__(cls, degrees):
        print("__new__ builds the value", degrees)
        return super().__new__(cls, degrees)  # float is immutable: set it here

    def __init__(self, degrees):
        print("__init__ runs on the finished object", float(self))


t = Celsius(21.5)
print(t + 1, type(t).__name__)


class Cached:
    _instances = {}

    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]

    def __init__(self, key):
        print("__init__ again for", key)  # runs on every call, even for a cached object
        self.key = key


a = Cached("x")
b = Cached("x")
print(a is b)


class NotMine:
    def __new__(cls):
        return 42  # not a NotMine instance, so __init__ is skipped

    def __init__(self):
        print("never printed")


print(NotMine())
