from __future__ import annotations


def f(x: Undefined, y: list[Missing] = None) -> Nowhere:
    local: AlsoMissing = 1
    return local


class C:
    attr: Unknown
