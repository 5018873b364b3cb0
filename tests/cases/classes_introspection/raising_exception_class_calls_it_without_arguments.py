class Weird(Exception):
    def __init__(self):
        super().__init__()
try:
    raise Weird
except Weird as e:
    print("ok", repr(e), e.args)
class NeedsArg(Exception):
    def __init__(self, x):
        super().__init__(x)
try:
    raise NeedsArg
except TypeError as e:
    print("TypeError:", e)
