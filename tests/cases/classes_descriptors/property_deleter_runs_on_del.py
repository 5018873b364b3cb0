class Resource:
    def __init__(self):
        self._handle = "open"

    @property
    def handle(self):
        return self._handle

    @handle.deleter
    def handle(self):
        print("closing", self._handle)
        del self._handle

r = Resource()
print(r.handle)
del r.handle
print(vars(r))
try:
    r.handle
except AttributeError as e:
    print("AttributeError:", e)
