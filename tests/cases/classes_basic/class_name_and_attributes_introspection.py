class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    def to_f(self):
        return self.degrees * 9 / 5 + 32

t = Temperature(100)
print(type(t).__name__, Temperature.__name__)
print(t.to_f(), t.unit)
print(t.__dict__)
print("to_f" in Temperature.__dict__, "degrees" in Temperature.__dict__)
