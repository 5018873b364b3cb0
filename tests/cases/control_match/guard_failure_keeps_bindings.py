def f(v):
    match v:
        case [x, y] if x > y:
            print("descending", x, y)
        case [x, y]:
            print("not descending", x, y)
    return x

print(f([2, 1]))
print(f([1, 2]))

match (1, 2):
    case (a, b) if a + b > 10:
        print("big")
    case _:
        print("guard failed, but a and b are bound:", a, b)

value = 5
match value:
    case 4:
        print("four")
print("no case matched, so nothing ran")

match 3, 4:
    case x, y:
        print("tuple subject", x, y)
