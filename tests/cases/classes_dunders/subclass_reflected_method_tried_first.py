class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return f"Num.__add__"

    def __radd__(self, other):
        return f"Num.__radd__"

    def __lt__(self, other):
        return "Num.__lt__"

    def __gt__(self, other):
        return "Num.__gt__"

class Special(Num):
    def __radd__(self, other):
        return "Special.__radd__"

    def __gt__(self, other):
        return "Special.__gt__"

print(Num(1) + Special(2))
print(Num(1) < Special(2))
print(Num(1) + Num(2))
