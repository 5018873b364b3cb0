# `d |= other` is `d.update(other)`: an iterable of pairs works, and an item that fails
# part-way leaves the items before it in place.
d = {"x": 1}
d |= [("y", 2), ("x", 10)]
print(d)
d |= zip("ab", range(2))
print(d)
e = {"a": 1}
try:
    e |= [("b", 2), (1,)]
except ValueError as err:
    print(err)
print(e)
try:
    e |= 5
except TypeError as err:
    print(err)
alias = e
alias |= {"c": 3}
print(e is alias, e)
