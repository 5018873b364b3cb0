class Bag:
    pass

print(bool(Bag()))
len(Bag())
