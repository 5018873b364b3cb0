def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)

print(mean([1, 2]))
print(mean([]))
