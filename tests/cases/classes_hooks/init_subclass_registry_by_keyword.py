class Meta:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Meta.registry[key] = cls
class A(Meta, key="a"): pass
class B(A, key="b"): pass
class C(A): pass
print({k: v.__name__ for k, v in Meta.registry.items()})
