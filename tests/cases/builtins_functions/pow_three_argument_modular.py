# pow(base, exp, mod): negative exponents use the modular inverse; result takes mod's sign.
print(pow(2, 10, 1000), pow(3, -1, 7), pow(2, 3, -5), pow(-2, 3, 5), pow(5, 0, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
