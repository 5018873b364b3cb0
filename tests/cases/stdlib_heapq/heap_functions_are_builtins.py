import heapq
from heapq import heappush, heappop

print(heappush, heappop)
print(heapq.heapify.__name__, heapq.nlargest.__name__)
print(heapq.__all__)
