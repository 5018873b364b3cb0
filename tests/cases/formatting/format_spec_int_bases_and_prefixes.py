# Integer presentation types, with and without the alternate-form prefix.
for n in (0, 255, -255, 2**70):
    print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X} {n:n}")
print(f"{65:c}{0x20ac:c}", f"{True:d}", f"{False:#x}")
