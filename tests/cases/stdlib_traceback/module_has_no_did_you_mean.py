# In 3.11 only the interpreter's own printer adds "Did you mean"; the traceback module
# learns it in 3.12. A __str__ that fails is reported, and the uncaught error still
# gets its suggestion.
import traceback


class Loud(Exception):
    def __str__(self):
        raise RuntimeError("no str")


try:
    "abc".uper()
except AttributeError:
    traceback.print_exc()
try:
    lenght = 3
    print(lengh)
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    raise Loud()
except Loud as e:
    print(traceback.format_exception_only(e))
"abc".uper()
