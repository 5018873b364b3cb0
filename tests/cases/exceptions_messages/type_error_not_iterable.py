for obj in (1, None, 3.0):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
