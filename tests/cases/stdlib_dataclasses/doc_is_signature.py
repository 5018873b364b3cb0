from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list = field(default_factory=list)

print(Point.__doc__)
print(Point.__match_args__)
