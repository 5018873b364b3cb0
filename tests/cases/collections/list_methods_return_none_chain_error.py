xs = [3, 1, 2]
ys = xs.append(4)
print(ys)
try:
    xs.sort().reverse()
except AttributeError as e:
    print("AttributeError:", e)
print(xs)
