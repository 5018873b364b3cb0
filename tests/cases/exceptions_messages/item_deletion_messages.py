for obj in (None, 42, (1, 2), "abc", frozenset({1})):
    try:
        del obj[0]
    except TypeError as e:
        print(e)
