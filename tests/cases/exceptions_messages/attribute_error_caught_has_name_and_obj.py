class Box:
    def __getattr__(self, attr):
        raise AttributeError(f"no {attr} here")

b = Box()
try:
    b.lid
except AttributeError as e:
    print(e, "|", e.name, e.obj is b)
try:
    raise AttributeError("by hand")
except AttributeError as e:
    print(e, "|", e.name, e.obj)
