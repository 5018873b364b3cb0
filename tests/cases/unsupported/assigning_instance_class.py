class Cat:
    def sound(self):
        return "meow"

class Dog:
    def sound(self):
        return "woof"

pet = Cat()
print(pet.sound())
pet.__class__ = Dog
print(pet.sound(), type(pet).__name__, isinstance(pet, Cat))
