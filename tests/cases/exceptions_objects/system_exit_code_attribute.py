for args in [(), (0,), (2,), ("message",), (1, 2)]:
    e = SystemExit(*args)
    print(args, "->", repr(e.code))
