# copy.py looks __setstate__ (hasattr, then the call) and __deepcopy__ up on the instance, so a
# class's __getattr__ is asked for them: one that reads an attribute the blank copy lacks
# recurses until RecursionError, one that raises KeyError lets it out.
import copy
class Lazy:
    def __init__(self):
        self.data = {"x": 1}
    def __getattr__(self, name):
        return self.data[name]
l = Lazy()
print(l.x)
for f in (copy.copy, copy.deepcopy):
    try:
        f(l)
        print("copied")
    except RecursionError as e:
        print("RecursionError", e)
    except KeyError as e:
        print("KeyError", e)
class Safe:
    def __init__(self):
        self.data = {"x": 1}
    def __getattr__(self, name):
        if name.startswith("__") or name == "data":
            raise AttributeError(name)
        return self.data[name]
s = Safe()
for f in (copy.copy, copy.deepcopy):
    c = f(s)
    print(c.x, c.data is s.data)
class Anything:
    def __getattr__(self, name):
        print("asked for", name)
        return lambda *a: print("called", name, a) or self
a = Anything()
a.v = 1
b = copy.copy(a)
print(vars(b))
d = copy.deepcopy(a)
print(d is a)
