class Frozen:
    @property
    def value(self):
        return 1

d = {"a": 1}
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print("KeyError:", e)
f = Frozen()
try:
    del f.value
except AttributeError as e:
    print("AttributeError:", e)
del d["missing"]
