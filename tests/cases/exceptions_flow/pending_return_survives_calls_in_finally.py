# A return value waiting for `finally` is not disturbed by the calls `finally` makes,
# is replaced by a return in `finally`, and is dropped by a `break` there.
log = []


def helper(tag):
    log.append(tag)
    return "helper-" + tag


def returns_through_finally():
    try:
        return "from try"
    finally:
        helper("cleanup")


def finally_overrides():
    try:
        return "from try"
    finally:
        return helper("override")


def break_discards():
    for i in range(3):
        try:
            return f"try {i}"
        finally:
            if i < 2:
                continue
            break
    return "after loop"


def nested(n):
    try:
        if n:
            return nested(n - 1) + 1
        return 0
    finally:
        helper(str(n))


def with_in_generator():
    try:
        yield 1
        return "done"
    finally:
        helper("gen")


print(returns_through_finally())
print(finally_overrides())
print(break_discards())
print(nested(3))
g = with_in_generator()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("stopped with", stop.value)
print(log)
