huge = 10 ** 20
for f in (lambda: [0] * huge, lambda: "ab" * -huge, lambda: [1, 2][huge], lambda: "abc"[-huge]):
    try:
        f()
    except (OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)
items = [0]
try:
    items *= huge
except OverflowError as e:
    print("*=", e)
