class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Fish(Animal):
    pass

for a in [Cat("tom"), Fish("nemo"), Animal("generic")]:
    print(a.describe())
print(isinstance(Cat("x"), Animal), issubclass(Fish, Cat))
