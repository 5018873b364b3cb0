big = 10 ** 5000
print(big.bit_length())
print(len(str(10 ** 4299)))
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(big % 97, (big // 10 ** 4990) == 10 ** 10)
print(hex(big)[:12])
