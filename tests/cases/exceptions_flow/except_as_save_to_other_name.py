saved = None
try:
    int("nope")
except ValueError as e:
    saved = e
print(type(saved).__name__, saved)
