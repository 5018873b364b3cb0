try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__)
    print(repr(e.__context__))
    print(e.__suppress_context__)
