def late_binding():
    funcs = [lambda: i for i in range(3)]
    return [f() for f in funcs]


print(late_binding())
