# A removed key leaves a dummy; a later add reuses the last dummy on its probe path.
s = set()
for x in [0, 8, 16]:
    s.add(x)
print(s)
s.discard(0)
s.discard(16)
s.add(24)
print(s)
s.add(0)
print(s)
