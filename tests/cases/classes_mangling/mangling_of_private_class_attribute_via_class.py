class Registry:
    __items = []

    @classmethod
    def add(cls, x):
        cls.__items.append(x)
        return cls.__items

class Sub(Registry):
    pass

print(Registry.add(1))
print(Sub.add(2))
print(Sub._Registry__items is Registry._Registry__items)
