# dict(d), {**d}, f(**d) and other.update(d) copy a dict subclass's items directly,
# without calling its own keys() or __getitem__ -- unless it overrides __iter__, which
# sends CPython down the generic mapping path (keys(), then d[key] for each).
class Loud(dict):
    def keys(self):
        print("Loud.keys")
        return super().keys()

    def __getitem__(self, key):
        print("Loud.__getitem__", key)
        return "overridden"


def show(**kw):
    return kw


d = Loud(a=1, b=2)
print(dict(d))
print({**d, "c": 3})
print(show(**d))
target = {}
target.update(d)
print(target)
print(d["a"])


class OwnIter(Loud):
    def __iter__(self):
        print("OwnIter.__iter__")
        return iter(["a"])


o = OwnIter(a=1, b=2)
print(dict(o))
print({**o})
print(show(**o))
