class K:
    def __init__(self):
        self.__a_ = 1
        self.__b__ = 2
        self.___c = 3

print(sorted(vars(K())))
