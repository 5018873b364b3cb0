match(a, b)
match (a, b):
    case _:
        pass
match[a]
match [a]:
    case _:
        pass
match -a
match * a
match(a)(b)
match(x).y = 1
