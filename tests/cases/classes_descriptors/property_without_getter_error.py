class WriteOnly:
    def _set(self, value):
        self._v = value

    secret = property(None, _set)

w = WriteOnly()
w.secret = 5
print(w._v)
try:
    w.secret
except AttributeError as e:
    print("AttributeError:", e)
