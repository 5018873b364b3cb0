from dataclasses import dataclass, field

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)

n = Node(1)
n.children.append(n)
print(n)
