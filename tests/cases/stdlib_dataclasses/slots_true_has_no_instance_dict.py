from dataclasses import dataclass

@dataclass(slots=True)
class P:
    x: int
    y: int = 2

p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
