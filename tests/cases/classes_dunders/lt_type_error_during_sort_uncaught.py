class Key:
    def __init__(self, k): self.k = k
    def __lt__(self, other):
        return self.k < other.k
items = [Key(1), Key("a")]
sorted(items)
