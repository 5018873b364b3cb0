class ___:
    def __init__(self):
        self.__z = 3

print(vars(___()))
