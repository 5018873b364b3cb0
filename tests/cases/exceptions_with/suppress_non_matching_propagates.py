from contextlib import suppress

try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)
