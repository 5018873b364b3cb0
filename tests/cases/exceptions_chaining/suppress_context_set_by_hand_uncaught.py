try:
    raise KeyError("hidden")
except KeyError:
    err = ValueError("shown alone")
    err.__suppress_context__ = True
    raise err
