class Animal:
    pass

class Dog(Animal):
    pass

d = Dog()
print(type(d).__name__, type(d) is Dog, type(d) is Animal)
print(isinstance(d, Animal))
print(type(3).__name__, type("").__name__, type(print).__name__)
print(type(Dog).__name__, Dog.__name__, Dog.__bases__[0].__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
