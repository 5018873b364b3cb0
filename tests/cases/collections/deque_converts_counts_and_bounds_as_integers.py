# deque reads rotate's count, index's start/stop and maxlen as C integers: True is 1, a
# str is refused with CPython's own messages.
from collections import deque
d = deque([1, 2, 3])
d.rotate(True)
print(d, deque([1, 2, 3], maxlen=True), d.index(3, False), d.index(2, -2, 10))
for expr in ['d.rotate("a")', 'd.rotate(1.5)', 'deque(maxlen="a")', 'deque(maxlen=-1)',
             'd.index(1, "a")', 'd.index(1, 0, 2.0)', 'd.index(9, -100, 100)']:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
