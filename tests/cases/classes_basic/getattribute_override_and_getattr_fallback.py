class Audited:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("get", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"default for {name}"

a = Audited()
print(a.value)
print(a.missing)

class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"__getattr__ got {name}"

print(Lazy().broken)
print(getattr(Lazy(), "other"))
