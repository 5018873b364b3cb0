class Proxy:
    real = "class attr"

    def __init__(self):
        self.own = "instance attr"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

p = Proxy()
print(p.own, p.real)
print(p.dyn_value)
try:
    p.other
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "other"), getattr(p, "other", "default"))
