import heapq

m = heapq.merge([1, 4, 9], [2, 3, 10], [5])
print(type(m).__name__)
print(next(m), next(m))
print(list(m))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
