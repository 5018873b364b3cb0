# Special methods called by name, attributes a bytearray refuses, match with a bytes literal.
import json
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'ab')
def m(v):
    match v:
        case b"ab":
            return "lit"
        case _:
            return "no"
print(m(b), m(bytearray(b'x')))
def sa():
    b.x = 1
t(sa)
t(lambda: b.x)
t(lambda: json.dumps(b))
t(lambda: b.__init__(b'xyz'))
print(b)
t(lambda: bytearray.count(b, 97))
t(lambda: f"{b!a}")
x, y, z = b
print(x, y, *b)
t(lambda: b.__class__)
t(lambda: b.__eq__(b'ab'))
t(lambda: b.__lt__(b'b'))
t(lambda: b.__iter__().__next__())
t(lambda: b.__getitem__(0))
t(lambda: b.__setitem__(0, 65))
t(lambda: b.__delitem__(0))
t(lambda: b.__iadd__(b'zz'))
t(lambda: b.__imul__(2))
t(lambda: b.__add__(1))
t(lambda: b.__mul__('x'))
t(lambda: b.__contains__('x'))
print(b)
print(b)
