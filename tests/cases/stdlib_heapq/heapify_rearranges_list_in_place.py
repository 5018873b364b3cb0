import heapq

data = [9, 8, 7, 6, 5, 4, 3, 2, 1]
result = heapq.heapify(data)
print(result)
print(data)
