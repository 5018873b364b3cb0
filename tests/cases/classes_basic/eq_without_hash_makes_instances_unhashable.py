class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

a = Card(10, "h")
b = Card(10, "h")
print(a == b, a is b, a != b)
print(a == "10h", Card.__hash__)
print([a].count(b), b in [a])
hand = {a, b}
