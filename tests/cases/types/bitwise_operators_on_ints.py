print(6 & 3, 6 | 3, 6 ^ 3)
print(~5, ~-1)
print(1 << 10, 1024 >> 3)
print(-1 >> 1, -16 >> 2)
print(-5 & 0xFF)
print(1 << 70)
print((1 << 70) >> 69)
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print(e)
