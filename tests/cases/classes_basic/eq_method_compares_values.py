class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

a = Card(10, "hearts")
b = Card(10, "hearts")
print(a == b, a is b, a != b)
print(a in [b])
