# A callable instance calling itself and a __hash__ calling hash(self) each spend two
# levels of the recursion limit per frame.
class Loop:
    def __call__(self, n):
        return self(n + 1)


class H:
    def __hash__(self):
        return hash(self)


try:
    Loop()(0)
except RecursionError as e:
    print("call:", e)
try:
    {H(): 1}
except RecursionError as e:
    print("hash:", e)
Loop()(0)
