import random

a = random.Random(7)
b = random.Random(7)
print([a.randrange(10) for _ in range(5)])
print([b.randrange(10) for _ in range(5)])
random.seed("interview")
print(random.getrandbits(16), random.randrange(0, 50, 5))
