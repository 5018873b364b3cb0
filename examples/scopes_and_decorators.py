# LEGB: Local, Enclosing, Global, Built-in — and the keywords that change the rules.
x = "global"

def outer():
    x = "enclosing"

    def inner():
        print("inner sees", x)

    inner()

outer()

counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print("counter", counter)

# Late binding: every lambda looks up i when called, after the loop has finished.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

# *args and **kwargs collect what the parameters don't name.
def show(first, *args, sep="-", **kwargs):
    print(first, args, sep, kwargs)

show(1, 2, 3, sep="+", color="red")

# A decorator is a function that takes a function and returns a replacement.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ada"))

def broken():
    print(total)
    total = 1

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
