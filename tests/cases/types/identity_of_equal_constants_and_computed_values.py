# What an "is vs ==" quiz asks: equal constants of one code object are one object, short
# identifier-like strings are interned, the empty tuple is a singleton, while values
# computed at run time are new objects.
a = "hello"
b = "hello"
print(a is b, a == b)
s1 = "hello world"
s2 = "hello world"
print(s1 is s2)
c = "hel" + "lo"
print(a is c)
d = "".join(["hel", "lo"])
print(a is d, a == d)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, t1 == t2)
e1 = ()
e2 = tuple()
print(e1 is e2)

def greeting():
    return "hello"

print(greeting() is a)
x = int("1000")
y = int("1000")
print(x is y, x == y)
n = 500
print(n * 2 is 1000 - 0 * n, n * 2 == 1000)
l1 = []
l2 = []
print(l1 is l2, l1 == l2)
