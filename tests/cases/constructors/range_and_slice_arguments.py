# range() needs integers and a non-zero step; slice() takes anything.
print(range(4), range(1, 9, 2), list(range(5, 0, -2)), slice(3), slice(1, None, -1))
for call in [lambda: range(1, 5, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
