for target, name in ((int, "x"), (5, "x"), ("s", "upper"), ([], "append")):
    try:
        setattr(target, name, 1)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
