# bin/oct/hex take ints (or __index__) and put the sign before the prefix.
class Seven:
    def __index__(self):
        return 7
print(bin(10), oct(-8), hex(255), hex(-2**70), bin(Seven()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
