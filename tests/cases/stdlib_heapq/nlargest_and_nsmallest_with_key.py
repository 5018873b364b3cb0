import heapq

scores = {"ann": 91, "bob": 78, "cy": 85, "dee": 91, "eve": 60}
print(heapq.nlargest(2, scores, key=scores.get))
print(heapq.nsmallest(2, scores, key=scores.get))
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]))
print(heapq.nsmallest(3, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(10, [1, 2]), heapq.nsmallest(0, [1, 2]), heapq.nlargest(1, []))
