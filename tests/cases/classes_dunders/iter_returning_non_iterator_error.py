class Broken:
    def __iter__(self):
        return [1, 2]

try:
    for x in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)
