from typing import Literal, Final, ClassVar, Type

print(Literal["r", "w"], Literal[1, 2])
print(Final[int], ClassVar[str], Type[int])
