# A method call `obj.m()` looks `m` up like any attribute: a class's own __getattribute__
# sees it, an instance attribute shadows the method, and __slots__ members are found.
class Loud:
    def __getattribute__(self, name):
        print("looking up", name)
        return object.__getattribute__(self, name)

    def hello(self):
        return "hi"


class Shadowed:
    def greet(self):
        return "method"


class Slotted:
    __slots__ = ("hello",)

    def __init__(self):
        self.hello = lambda: "slot"


print(Loud().hello())
s = Shadowed()
s.greet = lambda: "instance attribute"
print(s.greet(), Shadowed().greet())
print(Slotted().hello())
