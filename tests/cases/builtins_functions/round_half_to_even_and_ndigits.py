# round() rounds half to even, and with ndigits works on the float's exact binary value.
for x in [0.5, 1.5, 2.5, -0.5, -2.5]:
    print(x, round(x), type(round(x)).__name__)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(-0.04, 1), round(1e300, -300))
print(round(15, -1), round(25, -1), round(-15, -1), type(round(7, 2)).__name__)
