class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

b = Bag()
alias = b
b += "apple"
b += "pear"
print(b.items, alias is b)
