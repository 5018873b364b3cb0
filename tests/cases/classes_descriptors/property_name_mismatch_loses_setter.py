class Thing:
    @property
    def size(self):
        return self._size

    @size.setter
    def set_size(self, value):
        self._size = value

t = Thing()
t.set_size = 4
print(t.size)
try:
    t.size = 5
except AttributeError as e:
    print("AttributeError:", e)
