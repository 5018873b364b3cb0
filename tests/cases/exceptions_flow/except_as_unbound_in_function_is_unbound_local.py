def f():
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    return err

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
