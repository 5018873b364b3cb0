class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.private)

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(instance, self.private, value)

class Product:
    name = Typed(str)
    price = Typed(float)

    def __init__(self, name, price):
        self.name = name
        self.price = price

p = Product("pen", 1.5)
print(p.name, p.price, sorted(vars(p)))
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
print(type(Product.name).__name__)
