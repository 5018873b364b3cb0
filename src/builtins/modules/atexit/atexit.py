# legb's atexit, after CPython's C module: callbacks run last registered first, when the
# program ends (after the traceback of an uncaught exception, before suspended generators
# are closed); an exception in one is reported on stderr and the others still run.

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            import traceback
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            traceback.print_exception(exc)
