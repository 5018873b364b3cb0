# max/min: key=, default=, first of equal items wins, and CPython's messages.
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max([], default="none"))
print(max([(1, "b"), (1, "a")]), min(3, 1, 2))
for call in [lambda: max([]), lambda: min(), lambda: max(1, 2, default=0), lambda: max([1, "a"])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
