from dataclasses import dataclass, field, InitVar, fields

@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]

u = User("ann", "abc")
print(u, [f.name for f in fields(u)])
print(hasattr(u, "password"))
