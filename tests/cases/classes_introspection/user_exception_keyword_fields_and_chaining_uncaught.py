class ValidationError(ValueError):
    def __init__(self, field, *, reason="invalid"):
        super().__init__(f"{field}: {reason}")
        self.field = field

def validate(age):
    if age < 0:
        raise ValidationError("age", reason="negative")
    return age

errors = []
for a in (5, -1):
    try:
        validate(a)
    except ValueError as e:
        errors.append((type(e).__name__, str(e), e.field))
print(errors)
try:
    try:
        validate(-2)
    except ValidationError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__cause__.field)
validate(-3)
