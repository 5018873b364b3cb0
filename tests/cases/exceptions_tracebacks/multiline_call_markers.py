def combine(a, b, c):
    return a + b + c

total = combine(
    1,
    2,
    "3",
)
