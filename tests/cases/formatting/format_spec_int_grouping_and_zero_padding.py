# Thousands separators, and zero padding that runs through the grouping.
for n in (1234567, -1234567, 12):
    print(f"[{n:,}] [{n:_}] [{n:012,}] [{n:+013_}] [{n:=+12,}] [{n:^+14,}]")
print(f"{0x12345678:_x} {0x12345678:#014_x} {0b101101:_b} {1234:06,}")
