# map and filter do nothing until iterated, and zip stops at the shortest input.
def shout(x):
    print("computing", x)
    return x * 2
m = map(shout, [1, 2, 3])
print("map created")
print(next(m))
print(list(filter(None, [0, 1, "", "a", None])))
print(list(zip(map(shout, [1, 2, 3]), "ab")))
print(isinstance(m, map), map, filter, zip, enumerate)
