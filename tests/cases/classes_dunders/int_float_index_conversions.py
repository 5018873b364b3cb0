class Amount:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return 7

a = Amount(2.75)
print(int(a), float(a))
print([10, 20, 30, 40, 50, 60, 70, 80][a])
print(hex(a), bin(a), range(a)[-1])
