import heapq

h = [7, 2, 9, 4, 1]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
print(h)
