from itertools import count, islice, cycle, repeat

print(list(islice(count(10, 5), 4)))
print(list(islice(cycle("AB"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)))
squares = (n * n for n in count(1))
print(list(islice(squares, 3, 6)))
print(next(count(7)), count(3, 2), repeat(1, 2))
