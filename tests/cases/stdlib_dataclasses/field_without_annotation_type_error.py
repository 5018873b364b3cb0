from dataclasses import dataclass, field

try:
    @dataclass
    class Bad:
        x: int
        y = field(default=3)
except TypeError as e:
    print(e)
