for n in [0, 1, 42, -1, -2, -3, 10**6]:
    print(n, hash(n))
print(hash(-1) == hash(-2))
print({-1: "a", -2: "b"})
