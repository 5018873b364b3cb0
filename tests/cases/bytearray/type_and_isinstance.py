# bytearray as a type: its name, isinstance, and its relation to bytes.
b = bytearray(b"x")
print(type(b), type(b).__name__, type(b) is bytearray, bytearray.__name__)
print(isinstance(b, bytearray), isinstance(b, bytes), isinstance(b"x", bytearray))
print(isinstance(b, (bytes, bytearray)), issubclass(bytearray, bytes), issubclass(bytearray, object))
print(bool(bytearray()), bool(b), len(b), len(bytearray(7)))
print(callable(bytearray), bytearray.__hash__ is None)
def kind(v):
    match v:
        case bytes():
            return "bytes"
        case bytearray():
            return "bytearray"
        case [*_]:
            return "sequence"
    return "other"
print(kind(b), kind(b"x"), kind([1]))
print(type(b.append).__name__, b.append.__name__)
