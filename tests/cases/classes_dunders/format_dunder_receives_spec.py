class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:.2f}"
        return format(self.amount, spec)

m = Money(3.5)
print(f"{m:usd}")
print(f"{m:>8}|")
print(format(m, "usd"), "{:usd}".format(m))
print(f"{m}")
