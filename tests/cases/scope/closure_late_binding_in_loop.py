funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
