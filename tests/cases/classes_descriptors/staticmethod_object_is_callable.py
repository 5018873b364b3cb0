@staticmethod
def plain(x):
    return x + 1

print(type(plain).__name__)
print(plain(1))
print(plain.__func__(2))
