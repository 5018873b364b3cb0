# assert(cond, "msg") asserts a two-item tuple: the compiler warns it is always true,
# at the assert's line, and it never fails.
def check(age):
    assert(age >= 0, "age must be non-negative")
    return age

print(check(-5))
assert ()
print("empty tuple not warned, and false")
