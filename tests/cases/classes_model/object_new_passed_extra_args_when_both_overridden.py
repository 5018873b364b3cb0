class A:
    def __new__(cls, x):
        return object.__new__(cls, x)

    def __init__(self, x):
        self.x = x

try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
