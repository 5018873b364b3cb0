class Vault:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret

v = Vault()
print(v.reveal())
print(v.__secret)
