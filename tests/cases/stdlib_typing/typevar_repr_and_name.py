from typing import TypeVar, List, Sequence

T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", int, str)
print(T, K, V, T.__name__)
print(List[T], Sequence[T])

def first(xs: Sequence[T]) -> T:
    return xs[0]

print(first("abc"), first.__annotations__)
