class Proxy:
    def __init__(self, target):
        self.target = target
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        print("forwarding", name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.hits)
print(p.hits)
print(p.count(3))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "nope"), p.hits)
