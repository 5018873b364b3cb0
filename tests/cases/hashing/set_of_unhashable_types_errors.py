for bad in ([1], {1: 2}, {3}, bytearray(b"x")):
    try:
        {bad}
    except TypeError as e:
        print(e)
print({frozenset({3}): "frozen"})
print({(): 0, b"b": 1, 2.5: 2, None: 3})
