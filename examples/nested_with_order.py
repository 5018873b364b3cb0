# Context managers are exited in reverse order of entry, and an __exit__ that returns
# True swallows the exception, so the managers outside it see a clean exit.
class Step:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        seen = exc_type.__name__ if exc_type else "nothing"
        print("exit ", self.name, "saw", seen)
        return self.swallow

# Several managers in one `with` behave like nested ones.
with Step("outer"), Step("middle", swallow=True):
    with Step("inner"):
        raise KeyError("boom")
print("after: middle swallowed the KeyError")
