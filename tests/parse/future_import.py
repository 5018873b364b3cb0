from __future__ import annotations
from __future__ import (division,
                        print_function)
def f(x: Undefined) -> AlsoUndefined: pass
