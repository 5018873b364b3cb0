x = "global"

def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed by inner"
    inner()
    print("outer sees:", x)

outer()
print("module sees:", x)

def outer2():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "changed by nonlocal"
    inner()
    print("outer2 sees:", x)

outer2()
print("module still:", x)
