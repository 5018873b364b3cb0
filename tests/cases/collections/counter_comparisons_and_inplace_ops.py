from collections import Counter

c = Counter("abracadabra")
print(c, c.most_common(3), c.total(), len(c), c["z"], "z" in c)
print(sorted(c.elements()), list(c.keys()), list(c.values()))
c["a"] -= 10
print(c, +c, -c)
del c["nothing"]
print(Counter(a=1) == Counter({"a": 1}), Counter(a=1, b=0) == Counter(a=1), Counter() == {})
print(Counter(cats=4, dogs=8) < Counter(cats=5, dogs=9), Counter(a=1) <= Counter(a=1))
x = Counter(a=3)
x += Counter(a=-5, b=2)
print(x)
print(Counter("aab") | Counter("abb"), Counter("aab") & Counter("abb"))
print(isinstance(c, dict), type(c).__name__, repr(Counter()), Counter({"x": 2}).get("x"))
print(dict(Counter("hello")), sorted(Counter("hello").items()))
words = ["apple", "bat", "apple", "cat", "bat", "apple"]
counts = Counter(words)
print(counts.most_common(1)[0][0], max(counts, key=counts.get), counts.most_common()[-1])
counts.update({"apple": -3, "dog": 1})
print(counts, counts + Counter())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
