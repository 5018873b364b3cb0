# A property runs code on every read and write, so it can validate assignments,
# even the one in __init__.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance  # goes through the setter below

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = value

    @property
    def summary(self):  # read-only: no setter
        return f"{self.owner}: {self.balance}"


acct = Account("ann", 10)
acct.balance += 5
print(acct.summary, vars(acct))
for bad in (lambda: setattr(acct, "balance", -1), lambda: Account("bob", -5)):
    try:
        bad()
    except ValueError as err:
        print("ValueError:", err)
try:
    acct.summary = "rich"
except AttributeError as err:
    print("AttributeError:", err)
