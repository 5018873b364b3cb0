from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class P:
    x: int

p = P(1)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, FrozenInstanceError))
try:
    p.y = 2
except FrozenInstanceError as e:
    print(e)
