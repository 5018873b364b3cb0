from typing import Optional, Union

print(Optional[str])
print(Union[int, None])
print(Optional[int] == Union[int, None])
print(Optional[int].__args__)
print(Union[int, str, None])
