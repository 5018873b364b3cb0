from typing import List, Dict, Set, Tuple

print(List[int])
print(Dict[str, List[int]])
print(Set[str], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(List, Dict)
