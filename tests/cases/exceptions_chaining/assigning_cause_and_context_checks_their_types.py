# __cause__ and __context__ can be assigned by hand, but only None or an exception
# instance (not a class); __suppress_context__ only a bool; and BaseException's fields
# cannot be deleted.
err = ValueError("outer")
for value in ["text", 42, KeyError, KeyError("inner"), None]:
    for attr in ("__cause__", "__context__"):
        try:
            setattr(err, attr, value)
            print(f"{attr} = {value!r}: ok, suppress_context={err.__suppress_context__}")
        except TypeError as e:
            print(f"{attr} = {value!r}: TypeError: {e}")
try:
    err.__suppress_context__ = 1
except TypeError as e:
    print("TypeError:", e)
err.__suppress_context__ = False
for attr in ("args", "__traceback__", "__cause__", "__context__"):
    try:
        delattr(err, attr)
    except TypeError as e:
        print("TypeError:", e)
try:
    raise RuntimeError("shown with its cause")
except RuntimeError as e:
    e.__cause__ = err
    err.__cause__ = "not an exception"
