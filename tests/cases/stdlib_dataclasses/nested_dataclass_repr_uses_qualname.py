from dataclasses import dataclass

class Outer:
    @dataclass
    class Inner:
        v: int

print(Outer.Inner(3))
