from typing import get_origin, get_args, List, Dict, Optional, Callable

print(get_origin(List[int]), get_args(List[int]))
print(get_origin(Dict[str, int]), get_args(Dict[str, int]))
print(get_args(Optional[str]))
print(get_args(Callable[[int], str]))
print(get_origin(int), get_args(int))
print(List[int].__origin__, List[int].__args__)
