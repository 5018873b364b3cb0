l = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(l.index(5), l.index(5, 5), l.index(5, -3), l.index(1, 2, 4), l.count(5), l.count(7))
l.remove(5)
print(l)
for f in (lambda: l.index(7), lambda: l.index(3, 1, 5), lambda: l.remove(7), lambda: [].index("x")):
    try:
        f()
    except ValueError as e:
        print(e)
