M = 2 ** 61 - 1
print(hash(M))
print(hash(M + 1))
print(hash(M - 1) == M - 1)
print(hash(2 ** 64))
print(hash(-(2 ** 61)))
print(hash(10 ** 20))
print(hash(-M))
