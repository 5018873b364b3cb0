class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __eq__(self, o): return self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100
    def __round__(self, n=0): return Money(round(self.cents, n - 2))
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
ms = [Money(300), Money(-50), Money(0), Money(125)]
print(sorted(ms), min(ms), max(ms), [m for m in ms if m], sum(int(m) for m in ms), float(ms[0]))
print(abs(Money(-5)), -Money(5), round(Money(1234), 1), Money(1) <= Money(1), Money(2) >= Money(1), Money(1) > Money(0))
print(sorted({Money(1), Money(1), Money(2)}), Money(3) in {Money(3): "x"})
