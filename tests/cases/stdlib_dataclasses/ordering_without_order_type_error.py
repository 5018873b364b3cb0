from dataclasses import dataclass

@dataclass
class Box:
    size: int

print(Box(1) == Box(1))
print(Box(1) < Box(2))
