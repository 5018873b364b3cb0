print(repr(list[int]), list[int] == list[int], list[int]([1,2]), type(list[int]).__name__, list[int].__origin__, list[int].__args__, tuple[()], dict[str, list[int]], list[...], hash(list[int])==hash(list[int]))
print(type[int], list[int] == list[str], dict[str, int] != dict[str, int])
class A: pass
print(list[A])
class Inventory:
    items: list[str] = []
    counts: dict[str, int]
print(Inventory.__annotations__, Inventory.items)
class MyList(list): pass
print(MyList[int], MyList[int]((1, 2)))
def f(x: list[int]) -> tuple[int, ...]:
    return tuple(x)
print(f([1]))
