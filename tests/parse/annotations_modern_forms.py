x: int | None = None
y: dict[str, list[int]] = {}
z: 'A' | 'B'
def f(a: int | str, *b: *Ts) -> tuple[int, ...]: pass
