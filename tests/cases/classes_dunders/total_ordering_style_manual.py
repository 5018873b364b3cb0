class Card:
    order = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)

    def __repr__(self):
        return f"Card({self.rank})"

hand = [Card("K"), Card("2"), Card("T"), Card("A")]
print(sorted(hand))
print(min(hand), max(hand))
print(sorted(hand, reverse=True))
