xs = ["a", "b", "c"]
xs.insert(0, "start")
xs.insert(100, "end")
xs.insert(-1, "before-end")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2))
print(xs)
xs.remove("b")
print(xs)
try:
    xs.remove("zzz")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
