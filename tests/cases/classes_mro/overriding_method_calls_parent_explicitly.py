class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance

class Overdraft(Account):
    def withdraw(self, amount):
        if amount > self.balance + 100:
            raise ValueError("over limit")
        self.balance -= amount
        return self.balance

class Fee(Account):
    def withdraw(self, amount):
        return Account.withdraw(self, amount + 1)

print(Overdraft(50).withdraw(120))
print(Fee(50).withdraw(10))
try:
    Fee(5).withdraw(5)
except ValueError as e:
    print("ValueError:", e)
