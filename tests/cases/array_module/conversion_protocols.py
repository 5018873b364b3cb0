# Items converted through __float__ and __index__, as the C converters do.
from array import array
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class N: pass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: array('d', [F(), I()]))
t(lambda: array('i', [I()]))
t(lambda: array('i', [F()]))
t(lambda: array('d', [N()]))
t(lambda: array('f', [2**2000]))
