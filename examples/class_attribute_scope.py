# A class body is not an enclosing scope: methods must say `self.` or the class name.
class Config:
    retries = 3

    def describe(self):
        return f"retries={self.retries}"

    def broken(self):
        return retries


c = Config()
print(c.describe())
try:
    c.broken()
except NameError as err:
    print(err)
