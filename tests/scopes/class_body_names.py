class Account:
    interest = 0.02
    kinds = ["checking", "savings"]

    def __init__(self, owner):
        self.owner = owner

    def rate(self):
        return interest

    label = "account of " + str(len(kinds))
