from contextlib import contextmanager, suppress

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside:", e)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("body", t)

with tag("div"):
    raise ValueError("bad value")
print("continued")

with suppress(KeyError, IndexError):
    [][0]
print("suppressed")

with tag("span"):
    raise TypeError("not handled")
