def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")

def explicit():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("explicit") from e

def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None

for f in (implicit, explicit, hidden):
    try:
        f()
    except ValueError as e:
        print(f.__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

e = KeyError("k")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
