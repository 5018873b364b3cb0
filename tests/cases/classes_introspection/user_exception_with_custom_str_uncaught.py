class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

try:
    raise ValidationError("age", "negative")
except ValueError as e:
    print("caught", e, e.args)

raise ValidationError("name", "empty")
