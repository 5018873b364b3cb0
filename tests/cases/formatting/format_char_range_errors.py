# The 'c' type wants a code point in range(0x110000).
print(f"{97:c}{10:c}{0x1F600:c}|")
for n in (-1, 0x110000):
    try:
        f"{n:c}"
    except OverflowError as e:
        print("OverflowError:", e)
