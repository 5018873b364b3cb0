class Counter:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("__add__")
        return Counter(self.n + other)

c = Counter(1)
alias = c
c += 5
print(c.n, alias.n, alias is c)
