from typing import ClassVar, List, Optional

class Config:
    count: ClassVar[int] = 0
    names: List[str]
    parent: Optional["Config"] = None

print(Config.__annotations__)
