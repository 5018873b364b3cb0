xs = [1, 2, 3]
print(xs.reverse())
print(xs)
r = reversed(xs)
print(list(r))
print(list(r))
print(xs[::-1] == list(reversed(xs)))
print(list(reversed(range(3))), list(reversed("ab")))
