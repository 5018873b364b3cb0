class C:
    def method(self):
        return "method called"

def f(self):
    return "f on " + type(self).__name__

c = C()
bound = f.__get__(c, C)
print(bound())
print(type(bound).__name__)
print(C.__dict__["method"].__get__(c, C)())
print(C.__dict__["method"].__get__(None, C) is C.method)
