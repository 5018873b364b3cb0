from collections import OrderedDict, Counter

def show(**kwargs):
    return sorted(kwargs.items())

class Settings(dict):
    pass

class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        return key.upper()

print(show(**{"x": 1}))
print(show(**Mapping()))
print(show(**Settings(debug=True)))
print(show(**OrderedDict(z=26)), show(**Counter("aab")))
print({**Mapping(), **Settings(y=2)})
