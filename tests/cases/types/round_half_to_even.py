for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, round(x))
print(round(2.675, 2))
print(round(0.125, 2))
print(round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), type(round(7.6)).__name__, type(round(7.6, 0)).__name__)
