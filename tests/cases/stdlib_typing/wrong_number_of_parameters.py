from typing import List, Dict, Optional, Callable, Union

for make in (lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str],
             lambda: Callable[int], lambda: Union[()]):
    try:
        make()
    except TypeError as e:
        print(e)
