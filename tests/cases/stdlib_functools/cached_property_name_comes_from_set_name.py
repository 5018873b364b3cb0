# cached_property learns its name from __set_name__: one instance under two names fails
# at class creation, one never named fails on use, and a slotted class has no __dict__.
import functools
class C:
    @functools.cached_property
    def p(self):
        "the doc"
        print("computing")
        return [1]
c = C()
print(c.p is c.p, C.p.attrname, C.p.__doc__, c.__dict__)
del c.p
print(c.p)
class S:
    __slots__ = ()
    @functools.cached_property
    def p(self):
        return 1
try:
    S().p
except TypeError as e:
    print(e)
try:
    class T:
        @functools.cached_property
        def a(self):
            return 1
        b = a
except RuntimeError as e:
    print(e, "|", repr(e.__cause__))
loose = functools.cached_property(lambda self: 1)
print(loose.attrname)
C.q = loose
try:
    C().q
except TypeError as e:
    print(e)
class U:
    x = functools.cached_property(lambda self: 5)
    y = x if False else None
print(U().x, U.x.attrname)
