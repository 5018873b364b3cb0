def describe(self, suffix=""):
    return f"{type(self).__name__}{suffix}"

class Car:
    pass

car = Car()
m = describe.__get__(car)
print(m(), m("!"))
print(m.__self__ is car, m.__func__ is describe)
print(describe.__get__(None, Car) is describe)
