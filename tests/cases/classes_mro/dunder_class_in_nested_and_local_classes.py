class Outer:
    class Inner:
        def who(self):
            return __class__.__qualname__
    def who(self):
        return __class__.__qualname__
print(Outer().who(), Outer.Inner().who())
def factory():
    class Local:
        def hello(self):
            return super().__repr__().split(" object")[0]
    return Local
print(factory()().hello())
