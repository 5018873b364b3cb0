class MyError(Exception):
    pass

class ValidationError(MyError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

try:
    raise ValidationError("age", "must be positive")
except MyError as e:
    print(type(e).__name__, e, e.field)
    print(repr(e))
print(issubclass(ValidationError, Exception))
try:
    raise MyError("plain", 2)
except Exception as e:
    print(e, e.args)
