# Values outside a typecode's range: each C converter words its OverflowError its own way.
from array import array as A
def t(tc, v):
    try:
        print(tc, v, A(tc, [v]))
    except (OverflowError, TypeError) as e:
        print(tc, v, type(e).__name__, e)

for tc in "bBhHiIlLqQ":
    for v in [-1, 127, 128, -129, 255, 256, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1,
              2**32, 2**63, -2**63 - 1, 2**64, -2**70, 1.5, "1", None]:
        t(tc, v)
for tc in "fd":
    for v in [1, 2**1000, 1e300, 1.5, "1", None]:
        t(tc, v)
