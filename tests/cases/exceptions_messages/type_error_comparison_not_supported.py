for f in (lambda: 1 < "a", lambda: [] > {}, lambda: None <= 0, lambda: "a" >= 1):
    try:
        f()
    except TypeError as e:
        print(e)
