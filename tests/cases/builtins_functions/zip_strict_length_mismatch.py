# zip(strict=True) reports which argument is shorter or longer.
print(list(zip([1, 2], "ab", strict=True)))
for args in [([1], [2, 3]), ([1, 2], [2]), ([1, 2], [2, 3], [4]), ([1], [2], [4, 5])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
