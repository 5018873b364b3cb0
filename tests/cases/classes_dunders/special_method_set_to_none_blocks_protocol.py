class Empty:
    __iter__ = None
    __hash__ = None
try:
    iter(Empty())
except TypeError as e:
    print(e)
try:
    for x in Empty(): pass
except TypeError as e:
    print(e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print(e)
