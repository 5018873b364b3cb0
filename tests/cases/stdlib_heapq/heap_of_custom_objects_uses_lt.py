import heapq

class Job:
    def __init__(self, cost):
        self.cost = cost
    def __lt__(self, other):
        print(f"compare {self.cost} < {other.cost}")
        return self.cost < other.cost
    def __repr__(self):
        return f"Job({self.cost})"

h = []
for c in [4, 2, 6]:
    heapq.heappush(h, Job(c))
print(h)
print(heapq.heappop(h))
print(h)
