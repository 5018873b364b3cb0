class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:.2f}"

m = Money(1999)
print(m)
print(repr(m))
print([m, Money(5)])
print(f"{m} / {m!r}")
print(str(m) + "!")
