try:
    "age: " + 30
except TypeError as e:
    print(e)
try:
    "x" + None
except TypeError as e:
    print(e)
