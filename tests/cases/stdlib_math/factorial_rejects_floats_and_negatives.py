import math

print(math.factorial(0), math.factorial(10), math.factorial(25))
for arg in [5.0, -3, "5"]:
    try:
        math.factorial(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
