from dataclasses import dataclass, field, fields, is_dataclass

@dataclass
class Item:
    name: str
    qty: int = 1
    notes: list = field(default_factory=list, repr=False)

for f in fields(Item):
    print(f.name, f.type, f.repr, f.init)
print(is_dataclass(Item), is_dataclass(Item("x")), is_dataclass(5))
print(fields(Item("x"))[1].default)
