# sys.intern gives one object for equal strings, so `is` holds between strings built at
# run time once both are interned; without it they are different objects.
import sys

first = "".join(["hello", " ", "world", "!"])
second = " ".join(["hello", "world!"])
print(first == second, first is second)
a = sys.intern(first)
b = sys.intern(second)
print(a is b, a is first, b is second)
print(sys.intern("hello world!") is a)
words = "spam eggs spam ham spam".split()
canon = [sys.intern(w) for w in words]
print(canon[0] is canon[2] is canon[4], words[0] is words[2])
try:
    sys.intern(b"bytes")
except TypeError as e:
    print(e)
