# str(bytes) is the repr; with an encoding it decodes, with CPython's codec errors.
data = "café".encode("utf-8")
print(str(data), str(data, "utf-8"), str(data, "latin-1"), str(data, "ascii", "replace"))
for call in [lambda: str(b"\xff", "utf-8"), lambda: str("x", "utf-8"), lambda: str(1, "utf-8"),
             lambda: str(b"x", "no-such-codec")]:
    try:
        call()
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
