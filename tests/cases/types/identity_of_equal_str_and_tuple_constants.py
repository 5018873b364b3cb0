# Equal constants of one module are one object: the "is vs ==" quiz for strings and tuples.
a = "hello"
b = "hello"
print(a is b, a == b)
s1 = "hello world"
s2 = "hello world"
s3 = "hello world ".strip()
print(s1 is s2, s1 is s3, s1 == s3)
folded = "hel" + "lo"
print(a is folded)
joined = "".join(["hel", "lo"])
print(a is joined, a == joined)


def greeting():
    return "hello"


print(greeting() is a)
t1 = (1, 2, ("x", None))
t2 = (1, 2, ("x", None))
print(t1 is t2, t1 == t2)
f1 = (1, 2)
f2 = (1.0, 2.0)
print(f1 is f2, f1 == f2)
empty = ()
print(empty is tuple(), tuple([]) is empty)
b1 = b"raw"
b2 = b"raw"
print(b1 is b2)
built = tuple([1, 2])
print(built is f1, built == f1)
ids = set()
for _ in range(3):
    loop_const = "same every time"
    ids.add(id(loop_const))
print(len(ids))
