# A __repr__ returning a non-string: repr() blames __repr__, but str()/print() (through
# object.__str__) blame __str__.
class R:
    def __repr__(self):
        return 5

for f in [repr, str, print, lambda o: f"{o}", lambda o: [o].__repr__()]:
    try:
        f(R())
    except TypeError as e:
        print(e)
