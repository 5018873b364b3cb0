try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("with message")
except ValueError as e:
    print(repr(e))
try:
    raise 42
except TypeError as e:
    print(e)
