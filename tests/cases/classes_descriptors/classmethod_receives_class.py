class Pizza:
    def __init__(self, toppings):
        self.toppings = toppings

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @classmethod
    def kind(cls):
        return cls.__name__

class Calzone(Pizza):
    pass

p = Pizza.margherita()
c = Calzone.margherita()
print(type(p).__name__, p.toppings)
print(type(c).__name__, c.kind(), Pizza().kind() if False else Calzone.kind())
print(p.kind())
