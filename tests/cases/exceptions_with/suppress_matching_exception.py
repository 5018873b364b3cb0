from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppress")
