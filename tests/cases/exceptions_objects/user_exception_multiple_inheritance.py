class NotFoundError(KeyError, LookupError):
    pass

try:
    raise NotFoundError("k")
except LookupError as e:
    print(type(e).__name__, str(e), isinstance(e, KeyError))
