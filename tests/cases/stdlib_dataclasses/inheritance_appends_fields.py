from dataclasses import dataclass, fields

@dataclass
class Animal:
    name: str
    sound: str = "..."

@dataclass
class Dog(Animal):
    breed: str = "mutt"
    sound: str = "woof"

d = Dog("rex")
print(d)
print([f.name for f in fields(Dog)])
print(isinstance(d, Animal), Dog.__mro__[1].__name__)
