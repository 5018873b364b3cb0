from dataclasses import dataclass

@dataclass
class Base:
    x: int

try:
    @dataclass(frozen=True)
    class Child(Base):
        y: int
except TypeError as e:
    print(e)
