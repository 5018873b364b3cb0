class Bag:
    items = []

b = Bag()
b.items += [1]
print(Bag.items, b.items, "items" in vars(b))
print(b.items is Bag.items)
c = Bag()
c.items = c.items + [2]
print(Bag.items, c.items, c.items is Bag.items)
