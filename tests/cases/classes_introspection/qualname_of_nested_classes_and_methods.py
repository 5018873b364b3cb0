class Outer:
    class Inner:
        def method(self):
            pass

    def method(self):
        def helper():
            pass
        return helper

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
