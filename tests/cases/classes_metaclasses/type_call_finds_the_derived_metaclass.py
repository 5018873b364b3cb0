# type(name, bases, ns) and Meta(name, bases, ns) make classes too: when a base's metaclass
# derives from the one called, that metaclass is the new class's type, and its own __new__
# makes the class.
class Tracking(type):
    made = []

    def __new__(mcs, name, bases, ns):
        print("Tracking.__new__", name)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.made.append(name)
        return cls


class Root(metaclass=Tracking):
    pass


Direct = Tracking("Direct", (), {"kind": "direct"})
ViaType = type("ViaType", (Root,), {"kind": "via type"})
Plain = type("Plain", (), {})
print(Direct.kind, type(Direct).__name__)
print(ViaType.kind, type(ViaType).__name__, ViaType.__bases__)
print(type(Plain).__name__, Tracking.made)
