# `finally` runs after the value to return is computed, and can override it.
def plain():
    try:
        return "from try"
    finally:
        print("  finally runs before the caller gets the value")

print(plain())

def overridden():
    try:
        return "from try"
    finally:
        return "from finally"  # replaces the pending return value

print(overridden())

def swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "finally's return"  # also discards the pending exception

print(swallowed())

def computed_first():
    x = 1
    try:
        return x  # the value 1 is already on its way out...
    finally:
        x = 2  # ...so rebinding x here does not change it

print(computed_first())
