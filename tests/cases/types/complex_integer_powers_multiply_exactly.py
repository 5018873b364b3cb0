print(1j ** 2, 1j ** 3, 1j ** 4, (1 + 2j) ** 3, (1 + 1j) ** -2, (2 + 0j) ** 10)
print((1 + 1j) ** 0, 0j ** 0, (3 - 4j) ** 2.0, 2j ** 0.5, (1 + 1j) ** 101)
print(pow(1j, 2), (-1 + 0j) ** 0.5, (1.5 - 2j) ** -3)
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes([1, 2], "big"), int.from_bytes(b"\x80", signed=True))
try:
    b"x" + "y"
except TypeError as e:
    print(e)
