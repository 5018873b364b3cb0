class AppError(Exception):
    def __init__(self, msg, code):
        self.code = code
        super().__init__(msg)

class NotFound(AppError, KeyError):
    pass

try:
    raise NotFound("missing thing", 404)
except KeyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
print([c.__name__ for c in NotFound.__mro__])
try:
    raise AppError
except TypeError as e:
    print("TypeError:", e)
class Quiet(Exception):
    def __str__(self):
        return ""
try:
    raise Quiet("hidden")
except Quiet as e:
    print(repr(str(e)), e.args)
class MyKeyError(KeyError): pass
print(str(MyKeyError("k")), str(KeyError("k")), repr(MyKeyError("k")))
