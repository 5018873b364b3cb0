from typing import List, Dict

print(List[int] == List[int], List[int] == List[str], List[int] == list[int])
print(len({List[int], List[int], Dict[str, int]}))
print(list[int], dict[str, list[int]])
