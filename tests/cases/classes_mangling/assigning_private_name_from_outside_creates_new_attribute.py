class Vault:
    def __init__(self):
        self.__code = 1234

    def code(self):
        return self.__code

v = Vault()
v.__code = 0
print(v.code(), v.__code)
print(sorted(vars(v)))
