def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls

@add_greeting
class Person:
    pass

print(Person().greet())
