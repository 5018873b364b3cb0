s = {1, 2}
s.add(2)
s.add(3)
print(s, len(s))
s.discard(99)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
