def inner():
    raise KeyError("k")

def outer():
    inner()

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    short = ValueError("moved").with_traceback(tb.tb_next)
    print(short.__traceback__.tb_lineno, short.__traceback__.tb_next.tb_lineno)
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        raise short
    except ValueError as v:
        lines = []
        t = v.__traceback__
        while t:
            lines.append(t.tb_lineno)
            t = t.tb_next
        print(lines)
