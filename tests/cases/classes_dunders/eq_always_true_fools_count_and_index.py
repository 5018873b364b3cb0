class Weird:
    def __eq__(self, other):
        return True
    __hash__ = None
w = Weird()
print(w == 1, 1 == w, w != 1, [1, 2].count(w), w in [3], [w].index(5))
print(None == w, w is None)
