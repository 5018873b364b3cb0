import typing


def f(x: int | None = None, *ys: list[str] | tuple[int, ...]) -> dict[str, int | float]:
    return {}


print(f.__annotations__)
u = int | str
print(u, type(u), u.__args__, u.__parameters__)
print(int | int, int | None | int, None | int, list[int] | None)
print((int | str) == (str | int), hash(int | str) == hash(str | int), {u: 1}[str | int])
print(int | str | list[int], (int | str) | (float | int))
print(isinstance(3, u), isinstance("s", int | float), isinstance(None, int | None))
print(issubclass(bool, int | str))
print(int | typing.List[int], typing.Optional[int] | str, typing.Union[int | str, float])
print(typing.get_origin(u), typing.get_args(u))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
for bad in [lambda: int | 3, lambda: 3 | int, lambda: u()]:
    try:
        bad()
    except TypeError as e:
        print(e)
