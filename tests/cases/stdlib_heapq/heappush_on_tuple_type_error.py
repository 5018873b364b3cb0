import heapq

heapq.heappush((1, 2), 3)
