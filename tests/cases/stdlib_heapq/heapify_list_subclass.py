import heapq

class Heap(list):
    pass

h = Heap([5, 3, 1])
heapq.heapify(h)
heapq.heappush(h, 0)
print(type(h).__name__, h, heapq.heappop(h))
