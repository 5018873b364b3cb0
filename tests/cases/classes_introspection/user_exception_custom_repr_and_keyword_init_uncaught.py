class E(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
    def __repr__(self):
        return f"E<{self.args[0]}>"
try:
    raise E("failed", code=3)
except E as e:
    print(e, repr(e), e.code, e.args, [e])
class F(Exception):
    def __str__(self):
        return "custom str"
print(F(), repr(F()), F("a", "b").args)
raise E("final", code=1)
