# Each `==` is a rich comparison that counts toward the recursion limit on its own.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self == other


print(Money(1) == Money(1))
