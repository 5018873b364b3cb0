class Animal: pass
class Mammal(Animal): pass
class Dog(Mammal): pass
class Robot: pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, object))
print(isinstance(d, Robot))
print(isinstance(d, (Robot, Animal)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(issubclass(Dog, (Robot, Mammal)))
print(type(d) is Dog, type(d) is Animal, type(d) == Mammal)
