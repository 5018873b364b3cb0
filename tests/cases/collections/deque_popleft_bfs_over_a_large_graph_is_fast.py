# popleft is O(1): a queue drained from the left takes linear time, where list.pop(0)
# would take quadratic time and 400,000 items would blow the harness's time limit.
from collections import deque

# Breadth-first over a binary tree: the queue holds half the nodes by the last level.
N = 3_000
queue = deque([0])
count = total = widest = 0
while queue:
    widest = max(widest, len(queue))
    node = queue.popleft()
    count += 1
    total += node
    for child in (2 * node + 1, 2 * node + 2):
        if child < N:
            queue.append(child)
print(count, total, widest)

# The big queues are driven by C-level loops (iter(callable, sentinel), extend), which
# are as quick to trace as they are to run.
big = deque(range(400_000))
big.append(None)
drained = list(iter(big.popleft, None))
print(len(drained), drained[:3], drained[-3:], len(big))
big.extendleft(range(400_000))
big.appendleft(None)
drained = list(iter(big.pop, None))
print(len(drained), drained[:3], drained[-3:], len(big))
print(deque(range(1_000_000), maxlen=3))
