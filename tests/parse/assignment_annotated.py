x: int
y: int = 1
z: list[int] = []
(w): int = 1
a.b: str
a.b: str = 'x'
a[0]: float = 1.5
t: tuple[int, ...] = 1, 2
v: 'forward' = None
u: int = 3 if False else 4
