import heapq

nums = [3, 1, 4, 1, 5, 9, 2, 6]
h = [-n for n in nums]
heapq.heapify(h)
print(-heapq.heappop(h), -heapq.heappop(h), -h[0])
