cause = OSError("disk full")
try:
    raise RuntimeError("save failed") from cause
except RuntimeError as e:
    print(e.__cause__ is cause)
    print(repr(e.__context__))
