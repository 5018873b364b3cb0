class Base:
    def __init_subclass__(cls, **kw):
        print("Base hook for", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Mid(Base):
    def __init_subclass__(cls, extra=None, **kw):
        print("Mid hook for", cls.__name__, extra)
        super().__init_subclass__(**kw)
class Leaf(Mid, extra=1, other=2):
    pass
