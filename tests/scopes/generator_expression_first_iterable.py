def evens(limit):
    numbers = range(limit)
    offset = 1
    return (n + offset for n in numbers if n % 2 == 0 for m in range(n))
