l = [1, 2, 3, 4]
print(l.pop(), l.pop(0), l.pop(-1), l)
for f in (lambda: [].pop(), lambda: [1].pop(1), lambda: [1].pop(-2), lambda: [1].pop("0")):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
