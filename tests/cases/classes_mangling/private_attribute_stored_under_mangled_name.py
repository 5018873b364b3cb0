class Account:
    def __init__(self):
        self.__balance = 100
        self._owner = "ann"

a = Account()
print(vars(a))
print(a._Account__balance, a._owner)
