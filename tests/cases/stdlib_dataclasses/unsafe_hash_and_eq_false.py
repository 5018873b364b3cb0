from dataclasses import dataclass

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str

print(hash(Key(1, "x")) == hash((1, "x")))
print(len({Key(1, "x"), Key(1, "x"), Key(2, "x")}))

@dataclass(eq=False)
class Node:
    val: int

n = Node(1)
print(n == Node(1), n == n, len({n, Node(1)}))
