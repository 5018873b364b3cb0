# extract_tb gives a StackSummary of FrameSummary objects: name, lineno, the stripped
# source line and the positions; each unpacks as (filename, lineno, name, line) and
# compares equal to that tuple. format_list/print_list format them as tracebacks do.
import os
import traceback


def inner(d):
    return d["missing"]


def outer():
    return inner({})


try:
    outer()
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(type(frames).__name__, len(frames))
    for f in frames:
        print(f.name, f.lineno, repr(f.line), f.end_lineno, f.colno, f.end_colno, len(f))
    filename, lineno, func, text = frames[-1]
    print(os.path.basename(filename), func, lineno, text, frames[-1] == (filename, lineno, func, text))
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(e.__traceback__)])
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name)
    print(traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
    traceback.print_list(frames)

print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 4, "h", None)]))
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "  pass  ")])
print(summary.format(), repr(summary[0].line))
