x = "global"

def outer():
    x = "enclosing"
    def inner():
        x = "local"
        print("inner sees", x)
    inner()
    print("outer sees", x)

outer()
print("module sees", x)
print(len("builtin"))
