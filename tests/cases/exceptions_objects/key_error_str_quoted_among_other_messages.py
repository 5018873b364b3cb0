errors = [ValueError("b"), KeyError("a"), TypeError("c")]
print(sorted(type(e).__name__ for e in errors))
print(sorted(str(e) for e in errors))
