class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balance += amount

a = Account()
a.deposit(5)
print(a.balance)
a.depsit(5)
