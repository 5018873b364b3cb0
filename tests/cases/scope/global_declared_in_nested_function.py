x = "module"

def outer():
    x = "outer local"
    def inner():
        global x
        x = "changed by inner"
    inner()
    print("outer:", x)

outer()
print("module:", x)
