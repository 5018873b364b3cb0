from dataclasses import dataclass

@dataclass
class P:
    x: float
    y: float

print(P(1, 2.0) == P(1.0, 2), P(1, [2]) == P(1, [2]), P(0, 1) != P(0, True))
