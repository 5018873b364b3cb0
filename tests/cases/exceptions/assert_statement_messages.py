def positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x

print(positive(3))
try:
    positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
