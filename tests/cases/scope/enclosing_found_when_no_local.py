x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()

def lonely():
    return x

print(outer())
print(lonely())
