def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_items([[1, 2], "ab"])))
try:
    list(first_items([[1], []]))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
gen = first_items([[], [1]])
print(next(gen, "default?"))
