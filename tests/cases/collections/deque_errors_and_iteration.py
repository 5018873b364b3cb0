from collections import deque

dq = deque("abc", maxlen=5)
dq.extend("defg")
print(dq, len(dq), dq[0], dq[-1], list(reversed(dq)), "e" in dq, dq.maxlen)
dq.rotate(-2)
print(dq)
dq.clear()
print(dq, bool(dq))
try:
    dq.popleft()
except IndexError as e:
    print("IndexError:", e)
q = deque([1, 2, 3])
q.insert(1, 9)
q.remove(2)
print(q, q.index(3), q.count(9), q == deque([1, 9, 3]), q == [1, 9, 3], q * 2)
try:
    q.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    q[10]
except IndexError as e:
    print("IndexError:", e)
window = deque(maxlen=3)
for n in range(6):
    window.append(n)
    print(list(window), sum(window) / len(window))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 0)
except IndexError as e:
    print("IndexError:", e)
for item in q:
    q.append(item)
