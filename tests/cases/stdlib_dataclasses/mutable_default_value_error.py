from dataclasses import dataclass

try:
    @dataclass
    class Cart:
        items: list = []
except ValueError as e:
    print(e)
