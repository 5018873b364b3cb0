try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

class Slotted:
    __slots__ = ("a",)

try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
