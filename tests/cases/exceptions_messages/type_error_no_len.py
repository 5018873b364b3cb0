for obj in (1, None, 2.0, iter([])):
    try:
        len(obj)
    except TypeError as e:
        print(e)
