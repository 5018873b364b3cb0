# A class with only __getitem__ is iterable: iter() makes CPython's plain `iterator`,
# which asks for one index at a time until IndexError.
import itertools

class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i

it = iter(Seq())
print("made", type(it).__name__)
print(next(it))
print(list(it))

class Inf:
    def __getitem__(self, i):
        return i

print(list(itertools.islice(Inf(), 4)), 7 in Inf())
