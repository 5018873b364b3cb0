# set.pop resumes scanning where the previous pop stopped.
s = {5, 1, 3}
print(s.pop(), s.pop())
s.add(0)
print(s.pop(), s.pop())
t = set(range(10, 20))
print([t.pop() for _ in range(4)], t)
