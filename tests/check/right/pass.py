# Which scope answers `x` in each call?
x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()

def shadow():
    x = "local"
    return x

print(outer())
print(shadow())
print(x)

# Output:
# enclosing
# local
# global
