try:
    range(3)[3]
except IndexError as e:
    print(e)
try:
    [1, 2][-3]
except IndexError as e:
    print(e)
