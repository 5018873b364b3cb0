class Two:
    def __index__(self):
        return 2

    def __matmul__(self, other):
        return "matmul"

print(Two() @ Two(), [1, 2, 3][Two()], bin(Two()), "ab" * Two(), Two() * [0], (1,) * Two())

class NoOps:
    pass

for op in (lambda: NoOps() + NoOps(), lambda: 1 + NoOps(), lambda: -NoOps(),
           lambda: NoOps()(), lambda: NoOps()[0], lambda: len(NoOps()), lambda: "x" * NoOps()):
    try:
        op()
    except TypeError as e:
        print(e)

class Registry:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()

class Child(Registry):
    pass

print(Registry.name, Child.name, Child().name)
