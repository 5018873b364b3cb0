class P:
    __slots__ = ("x", "__dict__")
p = P()
p.x = 1
p.y = 2
print(vars(p), p.x, P.__dict__["x"])
class Q:
    __slots__ = ["a", "b"]
    def __init__(self):
        self.a = 1
print([n for n in Q.__dict__ if not n.startswith("__")], hasattr(Q(), "b"))
try:
    Q().__dict__
except AttributeError as e:
    print(e)
print(Q.a.__get__(Q()), type(Q.a).__name__)
