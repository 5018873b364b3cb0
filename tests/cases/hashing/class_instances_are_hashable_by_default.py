class Box:
    def __init__(self, v):
        self.v = v

a = Box(1)
b = Box(1)
d = {a: "a", b: "b"}
print(len(d))
print(d[a], d[b])
print(a == b, a == a)
print(hash(a) == hash(a))
