class Tracker:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)

t = Tracker()
del t.a
delattr(t, "b")
print(vars(t))
try:
    del t.zzz
except AttributeError as e:
    print("AttributeError:", e)
