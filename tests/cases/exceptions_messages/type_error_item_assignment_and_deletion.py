for obj in ("abc", (1, 2)):
    try:
        obj[0] = "z"
    except TypeError as e:
        print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
