# type(name, bases, dict) builds a class like a class statement.
Animal = type("Animal", (), {"sound": "...", "speak": lambda self: self.sound})
Dog = type("Dog", (Animal,), {"sound": "woof"})
print(Dog, Dog.__name__, Dog.__bases__, Dog().speak(), isinstance(Dog(), Animal))
for call in [lambda: type(1, (), {}), lambda: type("A", [], {}), lambda: type("A", (), []), lambda: type(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
