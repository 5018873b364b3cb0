from dataclasses import dataclass

try:
    @dataclass(order=True)
    class V:
        n: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
