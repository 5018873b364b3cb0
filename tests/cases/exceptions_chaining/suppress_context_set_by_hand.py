try:
    try:
        raise KeyError("hidden")
    except KeyError:
        err = ValueError("shown")
        err.__suppress_context__ = True
        raise err
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
