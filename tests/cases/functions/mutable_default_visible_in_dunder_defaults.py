def register(name, seen={}, order=[]):
    seen[name] = seen.get(name, 0) + 1
    order.append(name)
    return seen

print(register.__defaults__)
register("a")
register("b")
r = register("a")
print(r)
print(register.__defaults__)
print(register("c", {}) is r)
print(register.__defaults__[1])
register.__defaults__[0].clear()
print(register("z"))
