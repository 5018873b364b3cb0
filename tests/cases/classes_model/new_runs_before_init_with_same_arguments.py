class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        instance = super().__new__(cls)
        print("  created", type(instance).__name__)
        return instance

    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.total = a + b

t = Traced(1, b=2)
print(t.total)
