def trace(func):
    def wrapper(*args, **kwargs):
        print(f"{func.__qualname__} args={len(args)} first={type(args[0]).__name__}")
        return func(*args, **kwargs)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance

    @trace
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @staticmethod
    @trace
    def fee(amount):
        return amount * 0.01

acct = Account(100)
print(acct.deposit(50))
print(Account.deposit(acct, 5))
print(Account.fee(200))
print(Account.deposit.__name__)
