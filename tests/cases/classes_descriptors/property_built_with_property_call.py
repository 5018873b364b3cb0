class Celsius:
    def __init__(self):
        self._t = 0

    def get_t(self):
        return self._t

    def set_t(self, value):
        print("set", value)
        self._t = value

    def del_t(self):
        print("del")
        self._t = None

    temperature = property(get_t, set_t, del_t, "the temperature")

c = Celsius()
c.temperature = 37
print(c.temperature)
del c.temperature
print(c.temperature)
print(Celsius.temperature.__doc__)
print(Celsius.temperature.fget is Celsius.get_t, Celsius.temperature.fset.__name__)
