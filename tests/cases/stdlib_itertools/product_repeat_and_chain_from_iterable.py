from itertools import product, chain, accumulate, groupby
import operator

print(list(product([0, 1], repeat=2)))
print(["".join(p) for p in product("ab", "xy")])
print(list(chain.from_iterable(["ab", [1, 2], (3,)])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)))
data = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear")]
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
print([(k, len(list(g))) for k, g in groupby("aaabccaa")])
