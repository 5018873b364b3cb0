class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "convention only"

    def balance(self):
        return self.__balance

a = Account(100)
print(a.balance(), a._hint)
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance)
print(sorted(vars(a)))
