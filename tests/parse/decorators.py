@a
def f():
    pass
@a.b.c
@d(1, 2)
@e[0]
@(lambda f: f)
@x if y else z
@w := v
def g(): pass
@dataclass(frozen=True)
class C:
    pass
