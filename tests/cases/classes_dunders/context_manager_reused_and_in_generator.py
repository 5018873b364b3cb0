class Tracker:
    def __init__(self): self.calls = []
    def __enter__(self):
        self.calls.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.calls.append(("exit", et.__name__ if et else None, str(ev) if ev else None))
        return isinstance(ev, ValueError)
t = Tracker()
with t:
    raise ValueError("swallowed")
with t as same:
    print(same is t)
try:
    with t:
        raise KeyError("kept")
except KeyError:
    pass
print(t.calls)
def gen():
    with Tracker() as tr:
        yield tr
        yield 2
g = gen()
tr = next(g)
print(tr.calls)
