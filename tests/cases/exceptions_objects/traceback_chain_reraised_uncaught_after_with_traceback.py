def inner():
    raise KeyError("from inner")

try:
    inner()
except KeyError as e:
    tb = e.__traceback__

raise RuntimeError("reuses the traceback").with_traceback(tb)
