# getattr's default covers only AttributeError; names must be strings.
class Lazy:
    def __getattr__(self, name):
        if name == "broken":
            raise KeyError(name)
        raise AttributeError(name)
print(getattr(Lazy(), "missing", "default"), hasattr(Lazy(), "missing"))
try:
    getattr(Lazy(), "broken", None)
except KeyError as e:
    print("KeyError", e)
try:
    getattr(Lazy(), 42)
except TypeError as e:
    print(e)
