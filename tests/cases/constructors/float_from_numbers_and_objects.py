# float() of ints (overflow checked) and of objects with __float__ or __index__.
class Half:
    def __float__(self):
        return 0.5
class Three:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
print(float(7), float(True), float(2**53 + 1), float(Half()), float(Three()))
for value in [10**400, Bad(), [1.0]]:
    try:
        float(value)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
