from dataclasses import dataclass, field

@dataclass
class Account:
    user: str
    password: str = field(repr=False)
    visits: int = field(default=0, compare=False)

a = Account("ann", "secret", 3)
b = Account("ann", "secret", 99)
print(a)
print(a == b)
