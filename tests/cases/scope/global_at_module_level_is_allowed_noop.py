global x
x = 5

def f():
    return x

print(f())
