class P:
    __slots__ = ("y", "x", "__z")

p = P()
for f in (lambda: p.x, lambda: delattr(p, "x"), lambda: vars(p), lambda: p.__dict__,
          lambda: setattr(p, "w", 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(P.x, type(P.x).__name__, list(vars(P)))
p.x = 1
print(p.x, P.x.__get__(p, P), P.x.__name__, P._P__z)

class Q(P):
    pass

q = Q()
q.w = 5
print(q.__dict__, list(vars(Q)))

class R(P):
    __slots__ = ("__dict__",)

r = R()
r.k = 1
print(r.__dict__)
for body in ("__slots__ = ('a',)\n    a = 1", "__slots__ = (1,)", "__slots__ = ('a b',)"):
    try:
        exec(f"class T:\n    {body}")
    except Exception as e:
        print(type(e).__name__, e)

class A:
    __slots__ = ("a",)

class B:
    __slots__ = ("b",)

class U:
    __slots__ = "single"
    other = 0

print(list(vars(U)))
u = U()
try:
    u.other = 1
except AttributeError as e:
    print(e)

class C(A, B):
    pass
