for f in (lambda: -"a", lambda: ~1.5, lambda: +[]):
    try:
        f()
    except TypeError as e:
        print(e)
