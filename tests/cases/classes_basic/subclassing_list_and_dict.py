class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list))
print(s + [4], type(s + [4]).__name__, s == [1, 2, 3], [1, 2, 3] == s)
s += [5]
print(s, type(s).__name__, 3 in s, s[1:3], sorted(s, reverse=True), sum(s))
s.label = "mine"
print(s.label, vars(s))

class Registry(dict):
    def __missing__(self, key):
        return f"no {key}"

r = Registry(a=1)
print(r["a"], r["zz"], r, len(r), list(r.items()), r.get("zz"), "zz" in r)

class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)

d = Logged()
d["x"] = 1
d.update(y=2)
print(d, type(Registry.fromkeys("ab", 0)).__name__, Registry.fromkeys("ab", 0))

class Bag(set):
    pass

b = Bag([1, 2])
b |= {3}
print(b, type(b).__name__, b & {1}, Bag())
print(hash((1, 2)) == hash(tuple((1, 2))))
hash(s)
