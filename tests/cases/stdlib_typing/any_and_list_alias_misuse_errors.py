from typing import Any, List

print(Any)
for misuse in (lambda: isinstance(3, Any), lambda: List[int](), lambda: List(), lambda: Any()):
    try:
        misuse()
    except TypeError as e:
        print(e)
