class Util:
    def double(x):
        return 2 * x
    double = staticmethod(double)

    def name(cls):
        return cls.__name__
    name = classmethod(name)

print(Util.double(21), Util().double(1), Util.name(), Util().name())
