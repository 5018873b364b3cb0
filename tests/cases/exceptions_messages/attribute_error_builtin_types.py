for obj, name in [(5, "foo"), ("s", "append"), ([], "push"), (None, "strip")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
