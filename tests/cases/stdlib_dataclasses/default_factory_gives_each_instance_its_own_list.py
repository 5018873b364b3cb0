from dataclasses import dataclass, field

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

a = Cart("ann")
b = Cart("bob")
a.items.append("apple")
print(a, b)
print(a.items is b.items)
