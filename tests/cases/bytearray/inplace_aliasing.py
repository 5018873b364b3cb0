# += and *= change the bytearray itself: every name bound to it sees the change,
# unlike with bytes, where += binds a new object.
b = bytearray(b"data")
a = b
a += b"x"
print(a, b, a is b)
a *= 2
print(b, a is b)
a += bytearray(b"!")
print(b)

frozen = b"data"
c = frozen
c += b"x"
print(frozen, c, c is frozen)

def add_suffix(buf):
    buf += b"-end"

buf = bytearray(b"start")
add_suffix(buf)
print(buf)

rows = [bytearray(b"r")] * 3
rows[0] += b"1"
print(rows)

x = bytearray(b"ab")
x.extend(x)
print(x)
x *= 0
print(x, len(x))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def iadd(v):
    global x
    x += v
    return x

t(lambda: iadd("str"))
t(lambda: iadd([1]))
t(lambda: iadd(5))
def imul(v):
    global x
    x *= v
    return x
t(lambda: imul("a"))
