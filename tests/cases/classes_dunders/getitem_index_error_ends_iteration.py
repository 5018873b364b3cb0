class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()))
print(9 in Squares(), 5 in Squares())
for x in Squares():
    print(x, end=" ")
print()
