data = [1, 2]
try:
    data.remove(9)
except ValueError as e:
    print(e)
try:
    data.index(9)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
