class Meters:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"Meters.__eq__({type(other).__name__})")
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented

m = Meters(5)
print(m == 5)
print(5 == m)
print("5" == m)
