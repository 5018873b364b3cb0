match a, b:
    case x, y:
        pass
match *a, b:
    case _:
        pass
match (a):
    case _:
        pass
match f(x):
    case _:
        pass
match x.y[0]:
    case _:
        pass
match -x:
    case _:
        pass
match (yield_ := 1):
    case _:
        pass
match [a, b]:
    case [_, _]:
        pass
match {'a': 1}:
    case {'a': _}:
        pass
