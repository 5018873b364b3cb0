for name in ["x"]:
    try:
        {}[name]
    except KeyError:
        try:
            int(name)
        except ValueError as e:
            print(type(e.__context__).__name__, e.__context__)
