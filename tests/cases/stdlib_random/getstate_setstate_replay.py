import random

random.seed(99)
saved = random.getstate()
first = [random.randint(1, 6) for _ in range(5)]
random.setstate(saved)
again = [random.randint(1, 6) for _ in range(5)]
print(first, again, first == again)
