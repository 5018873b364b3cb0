from contextlib import suppress

try:
    with suppress():
        raise ValueError("nothing suppressed")
except ValueError as e:
    print(e)
