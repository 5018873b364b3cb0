from typing import cast, List

x = cast(List[int], "not a list")
print(x, type(x).__name__)
print(cast(int, 3.5))
