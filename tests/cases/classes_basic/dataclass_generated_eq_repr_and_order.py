from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a is b)
a.tags.append("office")
print(a, b.tags)
print(sorted([Version(1, 2), Version(1), Version(0, 9)]))
print(Version(1) < Version(1, 1), hash(Version(2, 3)) == hash(Version(2, 3)))
v = Version(3)
v.major = 4
