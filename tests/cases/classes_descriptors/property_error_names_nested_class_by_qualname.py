class Outer:
    class Inner:
        @property
        def value(self):
            return 1

try:
    Outer.Inner().value = 2
except AttributeError as e:
    print("AttributeError:", e)
