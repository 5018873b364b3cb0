class InsufficientFunds(Exception):
    """Raised when a withdrawal is too large."""

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance}, requested {amount}")
        self.balance -= amount

acct = Account(10)
acct.withdraw(3)
acct.withdraw(50)
