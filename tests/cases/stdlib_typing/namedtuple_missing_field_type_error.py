from typing import NamedTuple

class Pair(NamedTuple):
    left: str
    right: str

print(Pair("a", "b"))
Pair("a")
