# The TypeError names the first incomparable pair timsort meets.
for items in [[1, "a"], ["a", 1], [3, 2, None]]:
    try:
        sorted(items)
    except TypeError as e:
        print(e)
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)
