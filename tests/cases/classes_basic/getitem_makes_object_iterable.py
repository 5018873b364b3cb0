class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i

s = Squares(3)
print(list(s))
print(4 in s)
a, b, c = Squares(3)
print(a, b, c)
print(s[1])
print(len(s))
