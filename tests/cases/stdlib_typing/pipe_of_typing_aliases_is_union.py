from typing import List, Dict, Any, TypeVar

T = TypeVar("T")
print(List[int] | None)
print(Dict[str, Any] | List[str])
print(T | int, None | List)
