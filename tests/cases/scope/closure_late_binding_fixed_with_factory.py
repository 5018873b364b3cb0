def make(i):
    return lambda: i * 10

funcs = [make(i) for i in range(3)]
print([f() for f in funcs])

def make_all():
    out = []
    for n in range(3):
        def show():
            return n
        out.append(show)
    n = "changed"
    return out

print([f() for f in make_all()])
