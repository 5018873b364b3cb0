class ReadOnly:
    def __getitem__(self, key):
        return key

for key in ("k", 0, 1.5, None):
    try:
        del ReadOnly()[key]
    except TypeError as e:
        print(repr(key), "->", e)

for obj in (5, None, {1}, len, (1,), "s", range(3)):
    try:
        del obj[0]
    except TypeError as e:
        print(e)
