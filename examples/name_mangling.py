# `__name` inside a class body becomes `_Class__name`; `_name` is only a convention.
class Account:
    def __init__(self):
        self._owner = "ada"
        self.__balance = 10

    def balance(self):
        return self.__balance


acct = Account()
print(acct._owner, acct.balance())
print(sorted(k for k in vars(acct)))
try:
    acct.__balance
except AttributeError as err:
    print(err)
