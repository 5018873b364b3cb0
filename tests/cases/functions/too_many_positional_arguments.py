def pair(a, b):
    return a, b

try:
    pair(1, 2, 3)
except TypeError as e:
    print(e)
def one(a, b=2):
    pass
try:
    one(1, 2, 3, 4)
except TypeError as e:
    print(e)
def none():
    pass
try:
    none(1)
except TypeError as e:
    print(e)
