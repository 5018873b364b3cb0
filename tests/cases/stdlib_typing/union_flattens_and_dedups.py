from typing import Union

print(Union[int, Union[str, float]])
print(Union[int, int])
print(Union[int, str] == Union[str, int])
print(Union[int, bool, int])
