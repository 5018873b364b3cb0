from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

Point(1, 2, 3)
