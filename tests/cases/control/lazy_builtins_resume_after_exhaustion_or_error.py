# zip, map, enumerate and filter ask their inputs again on every next(): reaching the end
# or an error does not finish them for good, unlike a list iterator.
it = iter([1, 2, 3, 4, 5])
z = zip(it, [10])
print(list(z), list(z), next(it))

m = map(lambda x: 10 // x, [5, 0, 2])
try:
    print(list(m))
except ZeroDivisionError as e:
    print("error:", e)
print(list(m))

nums = [1, 2]
lit = iter(nums)
print(list(lit))
nums.append(3)
print(list(lit), type(lit).__name__)

e = enumerate([])
print(list(e), type(e).__name__)
r = reversed([1])
next(r)
print(next(r, "end"), type(r).__name__)
f = filter(None, [0, 1])
print(list(f), type(f).__name__, type(iter("")).__name__, type(iter({})).__name__)
