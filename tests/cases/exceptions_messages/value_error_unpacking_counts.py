for f in (lambda: [(a, b) for a, b in [(1, 2, 3)]], lambda: [(a, b, c) for a, b, c in [(1, 2)]]):
    try:
        f()
    except ValueError as e:
        print(e)
try:
    a, b = []
except ValueError as e:
    print(e)
