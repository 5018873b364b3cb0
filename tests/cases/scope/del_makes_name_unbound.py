x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def f():
    y = 2
    del y
    return y

try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
