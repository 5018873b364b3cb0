class Celsius:
    def __init__(self, d):
        self.d = d

    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.d + other.d)
        return NotImplemented

print((Celsius(1) + Celsius(2)).d)
try:
    Celsius(1) + "hot"
except TypeError as e:
    print("TypeError:", e)
try:
    "hot" + Celsius(1)
except TypeError as e:
    print("TypeError:", e)
