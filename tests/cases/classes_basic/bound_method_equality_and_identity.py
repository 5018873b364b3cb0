class Dog:
    def bark(self):
        return "woof"

d = Dog()
m1 = d.bark
m2 = d.bark
print(m1 == m2, m1 is m2)
print(m1.__self__ is d, m1.__func__ is Dog.bark)
print(Dog.bark(d), m1())
e = Dog()
print(d.bark == e.bark)
d.bark = lambda: "meow"
print(d.bark(), e.bark(), Dog.bark(d))
