try:
    {}["missing"]
except LookupError:
    print("LookupError clause")
except KeyError:
    print("KeyError clause (never reached)")

try:
    1 / 0
except Exception as e:
    print("Exception clause:", type(e).__name__)
