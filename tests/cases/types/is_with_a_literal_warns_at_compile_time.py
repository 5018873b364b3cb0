# CPython's compiler warns (on stderr, before anything runs) about `is` with a literal:
# identity of equal ints and strings is an implementation detail.
def never_called(x):
    return x is "text"

a = 256
b = 256
print(a is 256, a is not -5, a is b)
print(a is None, a is not ..., (a,) is (256,))
print(1 < a is not 300 is 1)
name = "legb"
if name is "legb" or name is not ():
    print("equal by identity here")
