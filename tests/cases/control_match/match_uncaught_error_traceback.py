class Box:
    __match_args__ = ("content",)

def open_box(b):
    match b:
        case Box(a, b):
            return a

open_box(Box())
