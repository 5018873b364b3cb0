class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

class Positive(int):
    def __new__(cls, n):
        return super().__new__(cls, abs(n))

u = Upper("shout")
p = Positive(-7)
print(u, type(u).__name__, isinstance(u, str))
print(p, p + 1, type(p).__name__)
