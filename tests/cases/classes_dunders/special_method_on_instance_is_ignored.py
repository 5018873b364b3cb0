class Thing:
    def __repr__(self):
        return "class repr"

t = Thing()
t.__repr__ = lambda: "instance repr"
print(repr(t))
print(t.__repr__())
t.__len__ = lambda: 5
try:
    len(t)
except TypeError as e:
    print("TypeError:", e)
