# A class's __format__ receives the spec; without one, only an empty spec is allowed.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"
class Plain:
    def __str__(self):
        return "plain"
print(f"{Money(12345)} {Money(5):>10.3f}", "{:,.1f}".format(Money(123456789)))
print(f"{Plain()} {Plain()!r:.1}", format(Plain(), ""))
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
