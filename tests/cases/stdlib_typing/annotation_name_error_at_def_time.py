def total(prices: List[float]) -> float:
    return sum(prices)

print(total([1.0, 2.5]))
