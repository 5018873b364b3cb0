from dataclasses import dataclass

@dataclass
class Base:
    x: int = 0

try:
    @dataclass
    class Child(Base):
        y: int
except TypeError as e:
    print(e)
