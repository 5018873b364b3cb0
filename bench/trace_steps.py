# About 1,000,000 trace events (steps): a loop of plain statements, each reading and writing
# in every scope kind (local, enclosing cell, global, builtin).
total = 0


def make_step():
    scale = 3

    def step(i):
        nonlocal scale
        scale = 3 - scale
        return i * scale + abs(-1)

    return step


step = make_step()
for i in range(50000):
    total += step(i)
    total %= 1000003
print(total)
