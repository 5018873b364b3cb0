e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.__notes__.append("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e2 = KeyError("k")
e2.__notes__ = ["set directly"]
try:
    raise e2
except KeyError as caught:
    caught.add_note("added later")
    print(caught.__notes__)
raise e
