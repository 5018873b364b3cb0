class Account:
    __slots__ = ('__balance',)

    def __init__(self):
        self.__balance = 0

    def __private(self):
        return self.__balance

    def __dunder__(self):
        return Account.__private(self)

class Sub(Account):
    def peek(self):
        return self._Account__balance

a = Account()
print(a._Account__balance)
