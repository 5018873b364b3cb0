x = 'global'

def outer():
    x = 'enclosing'
    def inner():
        nonlocal x
        x = 'changed'
    inner()
    return x

def set_global():
    global x
    x = 'set'

def shadow_builtin():
    len = 5
    return len

print(outer(), x)
