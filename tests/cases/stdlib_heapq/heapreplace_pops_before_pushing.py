import heapq

h = [3, 5, 7]
print(heapq.heapreplace(h, 1), h)
print(heapq.heapreplace(h, 10), h)
