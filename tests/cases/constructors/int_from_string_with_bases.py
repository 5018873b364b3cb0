# int() parses text in bases 2-36, or picks the base from the prefix with base 0.
print(int("  42  "), int("-1_000"), int("ff", 16), int("0xff", 16), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("0x_1f", 0), int("00", 0), int(b"12", 8))
