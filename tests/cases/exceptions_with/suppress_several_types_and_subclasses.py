from contextlib import suppress

for action in (lambda: {}["k"], lambda: [][0], lambda: 1 / 0):
    with suppress(LookupError, ZeroDivisionError):
        action()
    print("suppressed one")
