# enumerate() accepts iterable/start by keyword, with its own argument messages.
print(list(enumerate("ab", 1)), list(enumerate(iterable="xy", start=10)))
for call in [lambda: enumerate(), lambda: enumerate([1], x=5), lambda: enumerate(start=1),
             lambda: enumerate([1], "a")]:
    try:
        call()
    except TypeError as e:
        print(e)
