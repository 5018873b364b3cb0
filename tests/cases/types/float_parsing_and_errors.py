print(float("3.14"))
print(float("  2.5e3 "))
print(float("-inf"), float("nan"))
print(float("1_0.5"))
print(float(".5"), float("5."))
try:
    float("1,5")
except ValueError as e:
    print(e)
try:
    float("")
except ValueError as e:
    print(e)
