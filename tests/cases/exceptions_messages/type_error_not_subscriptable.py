for obj in (1, None, 2.5):
    try:
        obj[0]
    except TypeError as e:
        print(e)
def f():
    pass
try:
    f[0]
except TypeError as e:
    print(e)
