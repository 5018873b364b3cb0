class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels

class Car(Vehicle):
    def __init__(self, brand):
        super().__init__(4)
        self.brand = brand

c = Car("volvo")
print(vars(c))
