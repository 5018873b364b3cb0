class Outer:
    def __init__(self):
        self.__v = "outer"

    def get(self):
        def inner():
            return self.__v
        return inner()

    def lam(self):
        return (lambda: self.__v)()

o = Outer()
print(o.get(), o.lam())
