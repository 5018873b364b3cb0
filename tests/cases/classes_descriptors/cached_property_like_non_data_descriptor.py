class cached:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value

class Data:
    @cached
    def total(self):
        print("computing")
        return 99

d = Data()
print(d.total)
print(d.total)
print(vars(d))
