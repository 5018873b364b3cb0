from __future__ import annotations
from typing import Optional

class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node | None]

    def link(self, other: Node, *, weight: float = 1.0) -> Node | None:
        return None

print(Node.__annotations__)
print(Node.link.__annotations__)
def f(a: "quoted", b: dict[str, tuple[int, ...]], c: Literal[-1, "x"]) -> Callable[[int], str]:
    pass
print(f.__annotations__)
x: Undefined = 5
print(__annotations__, x)
