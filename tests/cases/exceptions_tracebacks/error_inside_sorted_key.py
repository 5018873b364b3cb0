people = [("ann", 30), ("bob", None), ("cy", 25)]
print(sorted(people, key=lambda p: p[1] + 0))
