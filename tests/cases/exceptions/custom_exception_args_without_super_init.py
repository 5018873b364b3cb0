class WithSuper(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class WithoutSuper(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg

class WithStr(Exception):
    def __str__(self):
        return "custom text"

for cls in (WithSuper, WithoutSuper):
    e = cls(404, "not found")
    print(cls.__name__, e.args, str(e), repr(e), e.code)

e = WithStr("ignored", 1)
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), repr(Exception("a")), str(Exception("a", "b")))
raise WithoutSuper(500, "server error")
