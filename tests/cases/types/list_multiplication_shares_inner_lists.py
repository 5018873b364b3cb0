grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
row = [[]] * 2
row[0].append("x")
print(row)
print(grid[0] is grid[2], grid2[0] is grid2[2])
