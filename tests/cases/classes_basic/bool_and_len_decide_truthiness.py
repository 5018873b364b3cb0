class Empty:
    def __len__(self):
        return 0

class Truthy:
    def __len__(self):
        return 0
    def __bool__(self):
        return True

class Plain:
    pass

class BadBool:
    def __bool__(self):
        return 1

for obj in (Empty(), Truthy(), Plain()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
print(not Empty(), len(Truthy()))
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Negative:
    def __len__(self):
        return -1
if Negative():
    print("never")
