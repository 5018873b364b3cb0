import heapq

h = []
heapq.heappush(h, {"id": 1})
heapq.heappush(h, {"id": 2})
