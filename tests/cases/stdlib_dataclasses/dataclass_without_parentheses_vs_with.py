from dataclasses import dataclass

@dataclass()
class A:
    x: int

@dataclass(repr=False)
class B:
    x: int

@dataclass(init=False)
class C:
    x: int = 7

print(A(1))
print(repr(B(1)).startswith("<__main__.B object"))
print(C(), C().x)
