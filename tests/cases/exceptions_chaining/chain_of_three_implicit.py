try:
    try:
        try:
            raise KeyError("one")
        except KeyError:
            raise ValueError("two")
    except ValueError:
        raise TypeError("three")
except TypeError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))
