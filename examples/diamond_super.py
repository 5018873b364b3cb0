# A diamond: Child inherits from Left and Right, which both inherit from Base.
# super() does not mean "my parent": it means "the next class in the MRO of the
# object being built", so each __init__ runs exactly once, in MRO order.
class Base:
    def __init__(self):
        print("Base")


class Left(Base):
    def __init__(self):
        print("Left before super")
        super().__init__()  # next after Left in Child's MRO is Right, not Base


class Right(Base):
    def __init__(self):
        print("Right before super")
        super().__init__()


class Child(Left, Right):
    def __init__(self):
        print("Child before super")
        super().__init__()


Child()
print([cls.__name__ for cls in Child.__mro__])
Left()  # alone, Left's super() does reach Base
