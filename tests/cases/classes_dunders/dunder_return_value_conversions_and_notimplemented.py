class H:
    def __hash__(self): return -1
print(hash(H()))
class L:
    def __len__(self): return True
print(len(L()))
class C:
    def __contains__(self, x): return [x]
print(3 in C(), 3 not in C())
class I:
    def __index__(self): return "7"
try:
    [1, 2][I()]
except TypeError as e:
    print(e)
class B:
    def __bool__(self): return NotImplemented
try:
    bool(B())
except TypeError as e:
    print(e)
class N:
    def __ne__(self, o): return NotImplemented
    def __eq__(self, o): return "eq-result"
print(N() != N(), N() == N())
class R:
    def __repr__(self): return "R"
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    R() < R()
except TypeError as e:
    print(e)
