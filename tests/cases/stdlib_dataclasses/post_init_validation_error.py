from dataclasses import dataclass

@dataclass
class Age:
    years: int

    def __post_init__(self):
        if self.years < 0:
            raise ValueError(f"negative age: {self.years}")

print(Age(3))
Age(-1)
