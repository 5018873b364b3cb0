import heapq

for call in (lambda: heapq.heappush([1]), lambda: heapq.heappop(), lambda: heapq.heapify([], []),
             lambda: heapq.heapreplace([], 1), lambda: heapq.nlargest(2), lambda: heapq.heappush(h=[], item=1)):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
