import heapq

h = [3, 5, 7]
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 4))
