from dataclasses import dataclass

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

c = Color(1, 2, 3)
print(c, hash(c) == hash(Color(1, 2, 3)))
c.r = 10
