class It:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
def f():
    for x in It():
        pass
f()
