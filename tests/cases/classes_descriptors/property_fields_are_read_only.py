# A property's fget/fset/fdel are read-only members: assignment and deletion fail, by
# statement, setattr/delattr or object.__setattr__, on a subclass too. Its __doc__ stays
# writable (deleted, it reads as None); any other name fails, as a property has no __dict__.


class C:
    @property
    def x(self):
        return 1


p = C.__dict__["x"]


def attempt(what, action):
    try:
        action()
        print(what, "ok")
    except AttributeError as e:
        print(what, "->", e)


def assign_fget():
    p.fget = lambda self: 2


def delete_fset():
    del p.fset


attempt("p.fget = ...", assign_fget)
attempt("del p.fset", delete_fset)
for name in ["fget", "fset", "fdel", "__isabstractmethod__", "other"]:
    attempt(f"setattr {name}", lambda: setattr(p, name, None))
    attempt(f"delattr {name}", lambda: delattr(p, name))
attempt("object.__setattr__", lambda: object.__setattr__(p, "fdel", None))
print("getter untouched:", C().x)

# The same site storing first into a plain instance, then into a property.
class Plain:
    pass


for target in [Plain(), Plain(), p]:
    try:
        target.fget = None
        print("stored on", type(target).__name__)
    except AttributeError as e:
        print(type(target).__name__, "->", e)

p.__doc__ = "new doc"
print(p.__doc__)
del p.__doc__
print(p.__doc__)


class Sub(property):
    pass


q = Sub(lambda self: 1)
attempt("sub fget", lambda: setattr(q, "fget", None))
attempt("sub __isabstractmethod__", lambda: setattr(q, "__isabstractmethod__", True))
q.other = "subclass instances have a __dict__"
print(q.other)
