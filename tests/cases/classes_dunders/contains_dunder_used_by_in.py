class EvenNumbers:
    def __contains__(self, n):
        print("checking", n)
        return n % 2 == 0

e = EvenNumbers()
print(4 in e)
print(3 not in e)
print(bool(e.__contains__(2)))
