print(chr(65), chr(955), ord("A"), ord("λ"))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5))
print(hex(0), bin(0), oct(-0))
print(int(hex(255), 16), int(bin(5), 2))
print(hex(2 ** 64))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
