for args in ((1, 2), ("N", 1, {}), ("N", (), []), ("N", (1,), {})):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
