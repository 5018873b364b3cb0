class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

f = Frozen(3)
print(f.x)
for action in (lambda: setattr(f, "x", 4), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
f.y = 1
