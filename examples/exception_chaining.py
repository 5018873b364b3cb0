# Raising while handling an exception chains them: implicitly (__context__), explicitly
# with `raise ... from ...` (__cause__), or not at all with `from None`.
def implicit():
    try:
        {}["port"]
    except KeyError:
        raise ValueError("no port configured")  # __context__ is the KeyError

def explicit():
    try:
        int("eighty")
    except ValueError as e:
        raise RuntimeError("bad port") from e  # __cause__ is the ValueError

def hidden():
    try:
        [][0]
    except IndexError:
        raise LookupError("nothing there") from None  # the IndexError is not shown

for f in (implicit, explicit, hidden):
    try:
        f()
    except Exception as e:
        print(f.__name__ + ":", repr(e))
        print("  cause:  ", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress_context:", e.__suppress_context__)
