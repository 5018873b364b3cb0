# repr() of the wrapper objects in a class dict shows the wrapped function; a subclass of
# classmethod still says "classmethod".
class Counter:
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def info():
        return "static"


cm = Counter.__dict__["make"]
sm = Counter.__dict__["info"]
print(repr(cm).startswith("<classmethod(<function Counter.make at 0x"), repr(cm).endswith(">)>"))
print(repr(sm).startswith("<staticmethod(<function Counter.info at 0x"), repr(sm).endswith(">)>"))


class mycm(classmethod):
    pass


print(repr(mycm(len)))
print(repr(staticmethod(abs)))
