class MyError(Exception):
    pass

e = MyError("bad", 3)
print(str(e), repr(e), e.args)
print(str(MyError()), repr(MyError()))
print(repr(MyError("only")), str(MyError("only")))
