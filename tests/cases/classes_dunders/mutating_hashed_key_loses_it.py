class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)

k = Key(1)
d = {k: "found"}
k.v = 2
print(d.get(k, "lost"), d.get(Key(1), "lost too"))
print(len(d))
