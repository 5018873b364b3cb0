from dataclasses import dataclass

@dataclass
class Money:
    amount: int
    currency: str = "EUR"

    def __repr__(self):
        return f"{self.amount} {self.currency}"

print(Money(5), [Money(1, "USD")])
