class Forgetful:
    def __iadd__(self, other):
        self.last = other

f = Forgetful()
f += 1
print(f)
