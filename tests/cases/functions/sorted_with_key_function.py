people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
def by_name_length(p):
    return len(p[0])
print(sorted(people, key=by_name_length))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
