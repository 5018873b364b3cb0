it = iter("ab")
print(next(it), next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
