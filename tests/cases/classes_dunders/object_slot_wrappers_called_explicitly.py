# Calling object's special methods by hand: each checks its arguments as CPython's slot
# wrappers do (a bare call needs a receiver; then an exact count, with setattr's stray
# space), and object.__repr__ ignores the type's own repr, built-in values included.
names = ["__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__getattribute__",
         "__setattr__", "__delattr__", "__lt__", "__ge__", "__getstate__"]
for n in names:
    f = getattr(object, n)
    for args in [(), (1,), (1, "real"), (1, "a", 3, 4)]:
        try:
            r = f(*args)
            if n == "__hash__":
                r = type(r)  # identity-based, so only its type is stable
            print(n, len(args), "default repr" if " object at 0x" in str(r) else repr(r))
        except (TypeError, AttributeError) as e:
            print(n, len(args), type(e).__name__, e)


class Loud:
    def __repr__(self):
        return "Loud!"


print(object.__str__(Loud()), object.__str__(2.5), object.__str__([1]))
for v in [1, [1], Loud(), ValueError("x"), int, len]:
    r = object.__repr__(v)
    print(r[: r.index(" at 0x")])
