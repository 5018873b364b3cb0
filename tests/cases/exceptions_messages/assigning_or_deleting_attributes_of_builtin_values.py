# Built-in values have no __dict__: assigning or deleting an attribute fails, and the
# message says why: a read-only getset ("not writable"), a read-only member ("readonly
# attribute"), a method of the type ("read-only"), or no such attribute.
n = 7
targets = [
    ("n", n, "real"),
    ("n", n, "numerator"),
    ("True", True, "imag"),
    ("2.5", 2.5, "real"),
    ("1j", 1j, "imag"),
    ("len", len, "__name__"),
    ("len", len, "__doc__"),
    ("range(3)", range(3), "start"),
    ("slice(1, 2)", slice(1, 2), "step"),
    ("[]", [], "append"),
    ("'s'", "s", "upper"),
    ("{}", {}, "__len__"),
    ("n", n, "bit_length"),
    ("n", n, "nickname"),
    ("(1, 2)", (1, 2), "count"),
]
for label, obj, attr in targets:
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(obj, attr, 0)
            else:
                delattr(obj, attr)
        except AttributeError as e:
            print(f"{action} {label}.{attr}: {e}")
try:
    n.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del n.__class__
except TypeError as e:
    print("TypeError:", e)
count = 3
count.real = 4
