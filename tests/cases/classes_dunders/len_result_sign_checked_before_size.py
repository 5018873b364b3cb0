# What a user __len__ returns goes through __index__; its sign is checked before its size,
# so a huge negative length is a ValueError and a huge positive one an OverflowError,
# for len() and for truth testing alike.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


for n in [3, 0, True, -1, 2**70, -(2**70), Index(2**70), Index(-5), Index(4), 1.5, "3"]:
    for f in (len, bool):
        try:
            print(f.__name__, f(Sized(n)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
