# Decimal strings longer than 4300 digits are refused.
print(len(str(int("9" * 4300))))
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
