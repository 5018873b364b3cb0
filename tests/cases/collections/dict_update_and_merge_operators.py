a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
a.update(b)
print(a)
a.update(w=0, x=-1)
print(a)
a.update([("p", 1)])
print(a)
c = {"k": 1}
c |= {"k": 2}
print(c)
print({**b, "y": 0})
