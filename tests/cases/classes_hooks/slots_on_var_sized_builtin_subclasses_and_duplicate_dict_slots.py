# __slots__ checks type_new makes: subclasses of int, tuple and bytes (variable-sized
# instances) can have no nonempty __slots__, named after the base that brings them;
# "__dict__" or "__weakref__" twice, or when a base already has one, is refused; sets are
# already weakly referenceable.
class I(int):
    pass
class Mixin:
    pass
cases = [
    "class A(int):\n    __slots__ = ('x',)",
    "class A(int):\n    __slots__ = ()",
    "class A(int):\n    __slots__ = '__dict__'",
    "class A(tuple):\n    __slots__ = ('x',)",
    "class A(bytes):\n    __slots__ = ('x',)",
    "class A(str):\n    __slots__ = ('x',)",
    "class A(float):\n    __slots__ = ('x', '__dict__')",
    "class A(I):\n    __slots__ = ('x',)",
    "class A(Mixin, I):\n    __slots__ = ('x',)",
    "class A:\n    __slots__ = ('__dict__', '__dict__')",
    "class A:\n    __slots__ = ('__weakref__', '__weakref__')",
    "class A(Mixin):\n    __slots__ = ('__weakref__',)",
    "class A(Mixin):\n    __slots__ = ('__dict__',)",
    "class A(set):\n    __slots__ = ('__weakref__',)",
    "class A(list):\n    __slots__ = ('__weakref__', 'x')",
    "class A:\n    __slots__ = ('x', 'x')",
    "class A:\n    __slots__ = ('y', 'x')\n    x = 1",
]
for src in cases:
    try:
        exec(src)
        print("ok  ", sorted(k for k in vars(A) if not k.startswith('__') or k in ('__dict__', '__weakref__')))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(set):
    pass
print('__weakref__' in vars(S), '__dict__' in vars(S))
