[x for x in xs]
{x for x in xs}
{k: v for k, v in items}
[(x, y) for x, y in pairs]
[x for (x, y) in pairs]
[[x for x in row] for row in grid]
