# Why can't a list be a dictionary key? Mutability decides hashability.
point = (2, 3)
grid = {point: "treasure"}
print(grid[(2, 3)])

try:
    grid[[2, 3]] = "oops"
except TypeError as e:
    print("TypeError:", e)

# A tuple is only hashable if everything inside it is.
try:
    {(1, [2])}
except TypeError as e:
    print("TypeError:", e)

# bytes is immutable, so hashable; bytearray is its mutable twin, so it is not.
frozen = b"key"
buf = bytearray(frozen)
buf[0] = ord("K")
print({frozen: 1}[b"key"], buf)
try:
    {buf: 1}
except TypeError as e:
    print("TypeError:", e)

# += on a list mutates it in place: both names see the change.
a = [1, 2]
b = a
b += [3]
print(a, a is b)

# ... while + builds a new list.
b = b + [4]
print(a, b, a is b)

# The mutable default argument is created once, when `def` runs.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2))
