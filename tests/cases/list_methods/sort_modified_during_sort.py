l = [3, 1, 2]
def key(x):
    print("sees", l)
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
