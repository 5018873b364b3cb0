import math
class N:
    def __init__(self, v): self.v = v
    def __round__(self, nd=None): return f"round {nd}"
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __complex__(self): return 1j
    def __bytes__(self): return b"bytes!"
    def __reversed__(self): return iter("cba")
    def __dir__(self): return ["b", "a"]
n = N(1.5)
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), complex(n), bytes(n), list(reversed(n)), dir(n))
