for l in ([1, "a"], ["a", 1], [3, 1, None], [(1, 2), (1, "x")]):
    try:
        l.sort()
    except TypeError as e:
        print(e)
