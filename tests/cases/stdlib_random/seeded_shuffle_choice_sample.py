import random

random.seed(2024)
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
print(random.choice(["rock", "paper", "scissors"]))
print(random.sample(range(100), 4))
print(random.choices("abc", weights=[5, 1, 1], k=6))
print(round(random.uniform(1, 2), 6))
