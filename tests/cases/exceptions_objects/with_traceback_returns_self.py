e = ValueError("x")
print(e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
