class Validated:
    def __init__(self, *, minimum):
        self.minimum = minimum
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value < self.minimum:
            raise ValueError(f"{self.name[1:]} must be >= {self.minimum}")
        setattr(obj, self.name, value)
class Order:
    qty = Validated(minimum=1)
    price = Validated(minimum=0)
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
    @property
    def total(self):
        return self.qty * self.price
o = Order(2, 10)
print(o.total, vars(o))
o.qty = 0
