# An exception's args is one tuple object: read twice it is the same object, and assigning
# any iterable stores a new tuple.
e = ValueError("bad", 42)
print(e.args, e.args is e.args, type(e.args).__name__)
a = e.args
e.args = ["x", "y"]
print(e.args, a, e.args is a, type(e.args).__name__)
e.args = "ab"
print(e.args, repr(e), str(e))
try:
    raise KeyError("k")
except KeyError as err:
    first = err.args
    print(first is err.args, err.args[0])
import copy
c = copy.copy(e)
print(c.args, c.args is e.args)
d = copy.deepcopy(e)
print(d.args, d.args == e.args)


# One site reading args from exceptions whose classes differ.
class ArgsProperty(Exception):
    @property
    def args(self):
        return ("from the property",)


def args_of(exc):
    return exc.args


for exc in [ValueError(1), ArgsProperty(2), KeyError(3), ArgsProperty(4)]:
    print(type(exc).__name__, args_of(exc))
plain = ValueError(5)
print(args_of(plain))
ValueError.args = property(lambda self: "patched")
