from operator import itemgetter, attrgetter

rows = [("bob", 25), ("ann", 31), ("cy", 25)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("hello"))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
people = [P("ann", 31), P("bob", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(itemgetter(1), attrgetter("name"))
