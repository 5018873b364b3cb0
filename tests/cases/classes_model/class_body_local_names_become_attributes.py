class Shape:
    sides = 0
    def area(self):
        return 0
    for i in range(2):
        pass
    del i

print(sorted(k for k in vars(Shape) if not k.startswith("__")))
print(Shape.__dict__["sides"], type(Shape.__dict__["area"]).__name__)
print(type(Shape.area).__name__, type(Shape().area).__name__)
