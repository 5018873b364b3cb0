def f():
    x: int
    y: str = "y"
    return y


z: float
w: list = []


class C:
    field: int
    other: str = "a"
