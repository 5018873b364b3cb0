from typing import List

def double(xs: List[int]) -> List[int]:
    return [x * 2 for x in xs]

print(double(["a", "b"]))
print(double((1, 2)))
