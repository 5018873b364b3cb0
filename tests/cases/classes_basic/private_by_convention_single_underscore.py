class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        return self._balance

acct = Account("ann")
print(acct.deposit(50), acct.deposit(25))
print(acct._balance)
try:
    acct.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
