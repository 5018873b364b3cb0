from itertools import cycle, islice, pairwise, starmap, repeat, combinations_with_replacement, count

print(list(islice(cycle("AB"), 5)))
print(list(pairwise([1, 4, 9, 16])))
print(list(pairwise("a")))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(repeat("x", 3)), list(map(pow, range(4), repeat(2))))
print(list(combinations_with_replacement("ab", 2)))
print(list(islice(count(1, 0.5), 4)))
print(list(zip(count(), "abc")))
it = iter([1, 2, 3, 4, 5])
print(list(islice(it, 2)), list(it))
