# Special attributes of functions, bound methods and classes are CPython getsets and
# members: some can be deleted (a function's __doc__ becomes None), the others refuse,
# each with its own message.
def greet():
    "Say hello."
    return "hello"


class Greeter:
    "A greeter."

    def hello(self):
        return "hi"


del greet.__doc__
print("greet.__doc__ after del:", greet.__doc__)
greet.__dict__ = {"calls": 0}
print("greet.__dict__:", greet.__dict__, greet.calls)

checks = [
    (greet, "__name__"),
    (greet, "__qualname__"),
    (greet, "__globals__"),
    (greet, "__closure__"),
    (greet, "__dict__"),
    (Greeter().hello, "__self__"),
    (Greeter().hello, "__func__"),
    (Greeter().hello, "__doc__"),
    (Greeter, "__name__"),
    (Greeter, "__doc__"),
    (Greeter, "__module__"),
    (Greeter, "__bases__"),
    (Greeter, "__dict__"),
    (Greeter, "__mro__"),
    (Greeter, "__class__"),
]
for obj, attr in checks:
    try:
        delattr(obj, attr)
        print(f"del {attr}: ok")
    except (AttributeError, TypeError) as e:
        print(f"del {type(obj).__name__}.{attr}: {type(e).__name__}: {e}")
for obj, attr, value in [(greet, "__dict__", 5), (Greeter().hello, "__func__", greet)]:
    try:
        setattr(obj, attr, value)
    except (AttributeError, TypeError) as e:
        print(f"set {type(obj).__name__}.{attr}: {type(e).__name__}: {e}")
print(Greeter.__doc__, Greeter.__name__, Greeter().hello())
