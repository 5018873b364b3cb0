funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(funcs[0](99))
