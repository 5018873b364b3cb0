def f():
    def g():
        nonlocal inner_missing

    nonlocal outer_missing
