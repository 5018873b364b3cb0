class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.y = y
Child(1, 2)
