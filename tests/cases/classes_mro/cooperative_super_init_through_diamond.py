class Root:
    def __init__(self, **kwargs):
        print("Root", kwargs)
        super().__init__()

class Shape(Root):
    def __init__(self, *, color, **kwargs):
        print("Shape color =", color)
        super().__init__(**kwargs)

class Sized(Root):
    def __init__(self, *, size, **kwargs):
        print("Sized size =", size)
        super().__init__(**kwargs)

class Box(Shape, Sized):
    def __init__(self, **kwargs):
        print("Box")
        super().__init__(**kwargs)

Box(color="red", size=3)
print([k.__name__ for k in Box.__mro__])
