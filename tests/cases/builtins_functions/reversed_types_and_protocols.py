# reversed() of lists, tuples, strings, ranges, dicts, __reversed__ and the sequence protocol.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), type(reversed((1, 2))).__name__, type(reversed([])).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
