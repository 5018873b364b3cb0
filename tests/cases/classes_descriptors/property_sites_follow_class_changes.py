# The same attribute site, run many times, must keep seeing a property as CPython does:
# ahead of the instance dict, through a getter's AttributeError into __getattr__, and
# anew once the class changes (a new getter, a plain attribute, a __setattr__).
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9


def read_all(items):
    return [t.f for t in items]


def write_all(items, value):
    for t in items:
        t.f = value


temps = [Temp(c) for c in (0, 37, 100)]
print(read_all(temps))
temps[1].__dict__["f"] = "shadow"
print(read_all(temps))
write_all(temps, 212)
print([t._c for t in temps], temps[1].__dict__["f"])

Temp.f = property(lambda self: "new getter")
print(read_all(temps))
Temp.f = "plain class attribute"
print(read_all(temps))
del temps[1].__dict__["f"]
print(read_all(temps))


class Logged(Temp):
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)


Temp.f = property(lambda self: self._c)
logged = [Logged(5), Logged(6)]
print(read_all(logged))
try:
    write_all(logged, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Flaky:
    def __init__(self, ok):
        self.ok = ok

    @property
    def value(self):
        if not self.ok:
            raise AttributeError("not ready")
        return "ready"

    def __getattr__(self, name):
        return f"fallback for {name}"


print([x.value for x in [Flaky(True), Flaky(False), Flaky(True), Flaky(False)]])


class Strict:
    @property
    def value(self):
        raise AttributeError("no fallback here")


for obj in [Strict(), Strict()]:
    try:
        obj.value
    except AttributeError as e:
        print("caught:", e)
