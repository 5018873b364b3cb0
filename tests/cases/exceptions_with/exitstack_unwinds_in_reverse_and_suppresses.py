# ExitStack exits its managers last-in first-out, like nested `with`s; one that
# returns True suppresses the body's exception for the ones entered before it.
from contextlib import ExitStack


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "ab"]
    stack.enter_context(CM("c", suppress=True))
    stack.callback(print, "callback runs first")
    print(names)
    raise ValueError("body")
print("after the with")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)
