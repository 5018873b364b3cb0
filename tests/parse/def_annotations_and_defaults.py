def f(a: int, b: str = 'x', *args: int, c: bool = True, **kwargs: dict) -> None:
    pass
def g(a: int = 1, /, b: 'B' = 2) -> 'R':
    pass
def h(x=[], y={}, z=None):
    pass
def i() -> list[int]: pass
def j(*, k: int): pass
def k(a: lambda: 1 = lambda: 2): pass
