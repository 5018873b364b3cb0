class Thing:
    def __init__(self):
        self.__value__ = "dunder"
        self.__value = "private"

    def __len__(self):
        return 3

t = Thing()
print(sorted(vars(t)))
print(len(t), t.__value__)
