# id() is an address in CPython, and a temporary's memory is freed as soon as id() is done
# with it, so the next object of its kind takes the same address: these compare equal
# although the objects are different. Objects alive at the same time never share an id.
class Point:
    def method(self):
        pass


p = Point()
print(id(Point()) == id(Point()))
print(id([]) == id([]))
print(id(p.method) == id(p.method), p.method is p.method)
points = [Point(), Point(), Point()]
print(len({id(q) for q in points}))
# Rebinding builds the new object while the old one is still alive: a new id.
items = [1, 2]
saved = id(items)
items = items + [3]
print(id(items) == saved)
items = [1, 2]
saved = id(items)
items += [3]
print(id(items) == saved)
current = Point()
saved = id(current)
current = Point()
print(id(current) == saved)
print(id(p) == id(p), id(points[0]) == id(points[1]))
