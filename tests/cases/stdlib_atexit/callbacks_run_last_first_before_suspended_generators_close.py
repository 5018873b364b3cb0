# atexit callbacks run when the program ends, last registered first, even after
# sys.exit(); the generator still suspended is closed after them.
import atexit
import sys

def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")

def gen():
    try:
        yield 1
    finally:
        print("generator finally")

atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")
r = atexit.register(print, "print registered directly")
print(r is print)
atexit.register(goodbye, "removed")
atexit.unregister(goodbye)
atexit.register(goodbye, "third")
g = gen()
next(g)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main body done")
sys.exit(4)
