class Base:
    def greet(self):
        return ["Base"]

class Loud(Base):
    def greet(self):
        return ["Loud"] + super().greet()

class Polite(Base):
    def greet(self):
        return ["Polite"] + super().greet()

class Both(Loud, Polite):
    def greet(self):
        return ["Both"] + super().greet()

class Other(Polite, Loud):
    pass

print(Both().greet())
print(Other().greet())
print(super(Loud, Both()).greet())
print([c.__name__ for c in Other.__mro__])
