for key in ["a", 1, (1, 2), ""]:
    e = KeyError(key)
    print(str(e), "|", repr(e))
