# A module-level loop whose `except ... as e` adds and removes a global every time round:
# a built-in read in the loop must still be found, and a global of the same name defined
# (or deleted) midway must win (or give way) at once.
results = []
for i in range(8):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        results.append(("caught", e.args[0]))
    results.append(len("abc" * i))
    if i == 3:
        def len(x):
            return "global len"
    if i == 5:
        del len
print(results)


def later():
    return abs(-4)


for step in range(4):
    try:
        raise KeyError(step)
    except KeyError as err:
        pass
    if step == 2:
        abs = lambda n: f"shadowed {n}"
    print(later())
del abs
print(later())
