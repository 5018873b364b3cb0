def area(width, height):
    return width * height

try:
    area(3)
except TypeError as e:
    print(e)
try:
    area()
except TypeError as e:
    print(e)
def three(a, b, c):
    pass
try:
    three(1)
except TypeError as e:
    print(e)
