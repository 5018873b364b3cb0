def f():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"

print(f())
print("no traceback")
