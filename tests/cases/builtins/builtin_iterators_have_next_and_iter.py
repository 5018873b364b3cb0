it = iter([1, 2, 3])
print(it.__next__(), next(it), it.__iter__() is it)
print("ab".__iter__().__next__(), iter(range(5)).__next__(), iter({"k": 1}).__next__())
m = map(str.upper, "xy")
print(m.__next__(), list(m))
for v in [iter(()), iter(set()), reversed([]), enumerate([]), zip(), filter(None, []), iter({}.items())]:
    print(type(v).__name__, hasattr(v, "__next__"), hasattr(v, "__iter__"))
try:
    iter([]).__next__()
except StopIteration:
    print("StopIteration")
