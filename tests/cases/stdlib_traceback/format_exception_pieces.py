# format_exception returns pieces, not lines: the header, one per frame (a recursion's
# repeats collapse into one "[Previous line repeated]" piece), the exception line and one
# per line of each note; format_tb and format_exception_only give parts of it.
# (Pieces naming the file are shown without its directory.)
import os
import traceback


def show(pieces):
    # `File "/abs/dir/NAME.py"` becomes `File "NAME.py"`.
    out = []
    for p in pieces:
        if p.startswith('  File "'):
            path, rest = p[8:].split('"', 1)
            p = '  File "' + os.path.basename(path) + '"' + rest
        out.append(p)
    print(out)


def countdown(n):
    if n == 0:
        raise RecursionError("bottom")
    return countdown(n - 1)


try:
    countdown(8)
except RecursionError as e:
    show(traceback.format_exception(e))
    print(len(traceback.format_tb(e.__traceback__)))
    show(traceback.format_exception(e, limit=1))

try:
    [1, 2, 3][10]
except IndexError as e:
    e.add_note("first note\nspans two lines")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, None))
    traceback.print_tb(e.__traceback__)
    traceback.print_exception(e)

never_raised = RuntimeError("no traceback")
print(traceback.format_exception(never_raised), traceback.format_tb(None))
print(traceback.format_exception_only(None))
try:
    traceback.format_exception(42)
except TypeError as e:
    print(e)
try:
    traceback.format_exception(never_raised, never_raised)
except ValueError as e:
    print(e)
