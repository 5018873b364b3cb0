print(type(ValueError))
print(callable(ValueError))
print(isinstance(ValueError("x"), BaseException))
print(isinstance(ValueError, type))
