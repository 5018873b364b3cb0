def check_name(name):
    assert name, "name must not be empty"

try:
    check_name("")
except AssertionError as e:
    print("caught:", e)

def check_age(age):
    assert isinstance(age, int) and age >= 0, f"bad age {age!r}"

check_age(-3)
