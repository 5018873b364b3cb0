class NotAnError:
    pass

for bad in (5, "text", NotAnError, NotAnError()):
    try:
        raise bad
    except TypeError as e:
        print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
raise "oops"
