# An __exit__ that raises inside an ExitStack replaces the body's exception, which
# becomes its __context__; pop_all() moves the callbacks to a new stack that runs
# them only when closed; push() takes a bare exit function.
from contextlib import ExitStack


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("failing exit sees", et.__name__)
        raise RuntimeError("from exit")


try:
    with ExitStack() as stack:
        stack.callback(print, "outer callback")
        stack.enter_context(Failing())
        raise ValueError("body")
except RuntimeError as e:
    print("caught", repr(e), "context", repr(e.__context__))

with ExitStack() as stack:
    stack.callback(print, "deferred")
    later = stack.pop_all()
    print("leaving the with")
print("closing the moved stack")
later.close()


def swallow(et, ev, tb):
    print("push got", et.__name__)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    1 / 0
print("suppressed by push")
