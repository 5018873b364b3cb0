from dataclasses import dataclass, field, fields
from typing import List, Optional, ClassVar

@dataclass
class Team:
    name: str
    members: List[str] = field(default_factory=list)
    lead: Optional[str] = None
    max_size: ClassVar[int] = 5

t = Team("core", ["a"])
print(t)
print([(f.name, f.type) for f in fields(t)])
print(Team.__doc__)
