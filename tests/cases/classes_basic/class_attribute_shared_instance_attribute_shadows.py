class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
a.species = "wolf"
print(a.species, b.species, Dog.species)
a.tricks.append("sit")
print(b.tricks, Dog.tricks)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
