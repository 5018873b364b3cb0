matrix = [[1, 2], [3, 4]]
clone = matrix[:]
clone[0].append(5)
clone[1] = [0]
print(matrix)
print(clone)
grid = [[0] * 3 for _ in range(2)]
bad = [[0] * 3] * 2
grid[0][0] = 1
bad[0][0] = 1
print(grid)
print(bad)
row = [[]] * 3
row[0].append("x")
row[1] = row[1] + ["y"]
print(row)
