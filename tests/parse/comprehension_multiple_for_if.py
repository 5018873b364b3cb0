[x * y for x in xs for y in ys]
[x for x in xs if x if x > 1]
[(x, y) for x in xs if x for y in ys if y != x]
{x: y for x in a for y in b if x < y}
[c for row in m for c in row if c for _ in range(2)]
[x for x in lambda_list if (lambda: x)()]
