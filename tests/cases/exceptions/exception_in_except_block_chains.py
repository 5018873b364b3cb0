try:
    try:
        [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)
