pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {})]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print(e)
for a, b in [(1, "a"), ([], 0)]:
    try:
        a < b
    except TypeError as e:
        print(e)
try:
    -"x"
except TypeError as e:
    print(e)
handler = None
try:
    handler()
except TypeError as e:
    print(e)
