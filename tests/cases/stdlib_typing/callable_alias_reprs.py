from typing import Callable

print(Callable[[int, str], bool])
print(Callable[..., int])
print(Callable[[], None])
print(Callable)
