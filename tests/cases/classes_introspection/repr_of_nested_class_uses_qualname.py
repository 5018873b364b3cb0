class Outer:
    class Inner:
        pass

print(Outer.Inner)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(str(Outer))
