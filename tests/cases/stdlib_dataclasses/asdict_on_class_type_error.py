from dataclasses import dataclass, asdict

@dataclass
class P:
    x: int

try:
    asdict(P)
except TypeError as e:
    print(e)
try:
    asdict({"x": 1})
except TypeError as e:
    print(e)
