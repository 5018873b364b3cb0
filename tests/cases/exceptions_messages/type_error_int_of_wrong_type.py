for arg in (None, [1], {}):
    try:
        int(arg)
    except TypeError as e:
        print(e)
