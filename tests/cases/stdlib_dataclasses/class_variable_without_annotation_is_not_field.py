from dataclasses import dataclass, fields

@dataclass
class Counter:
    count: int = 0
    instances = 0

    def __post_init__(self):
        Counter.instances += 1

Counter(); Counter(5)
print(Counter.instances, [f.name for f in fields(Counter)])
print(Counter(2))
