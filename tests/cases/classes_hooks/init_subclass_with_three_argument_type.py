X = type("X", (), {"__init_subclass__": lambda cls, **kw: print("hook", cls.__name__, kw)})
class Y(X, flag=True):
    pass
Z = type("Z", (X,), {}, flag=False)
print(type(X.__dict__["__init_subclass__"]).__name__)
