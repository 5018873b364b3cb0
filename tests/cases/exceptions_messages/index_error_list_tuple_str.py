for seq in ([1, 2], (1, 2), "ab"):
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, "->", e)
