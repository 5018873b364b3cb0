class Wrapper:
    @property
    def data(self):
        return self._data

w = Wrapper()
try:
    w.data
except AttributeError as e:
    print("AttributeError:", e)
