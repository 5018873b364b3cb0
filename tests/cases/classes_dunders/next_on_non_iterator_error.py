class Almost:
    def __iter__(self):
        return self

try:
    next(Almost())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Almost())
    for _ in Almost():
        pass
except TypeError as e:
    print("TypeError:", e)
