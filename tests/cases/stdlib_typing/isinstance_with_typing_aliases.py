from typing import List, Dict, Optional, Union, Iterable

print(isinstance([1], List), isinstance({}, Dict), isinstance("s", Iterable))
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]))
try:
    isinstance([1], List[int])
except TypeError as e:
    print(e)
