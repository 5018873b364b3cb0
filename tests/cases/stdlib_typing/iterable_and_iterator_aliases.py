from typing import Iterable, Iterator, Generator, Mapping, Sequence

def evens(n: int) -> Iterator[int]:
    yield from range(0, n, 2)

def total(xs: Iterable[float]) -> float:
    return sum(xs)

print(list(evens(7)), total(evens(7)))
print(evens.__annotations__, Generator[int, None, None])
print(Mapping[str, int], Sequence[str])
