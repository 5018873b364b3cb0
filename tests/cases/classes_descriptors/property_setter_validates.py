class Person:
    def __init__(self, age):
        self.age = age

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if value < 0:
            raise ValueError(f"age must be >= 0, got {value}")
        self._age = value

p = Person(30)
print(p.age, vars(p))
p.age = 31
print(p.age)
try:
    p.age = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Person(-5)
except ValueError as e:
    print("ValueError:", e)
