e = ValueError("x")
try:
    e.add_note(42)
except TypeError as err:
    print(err)
