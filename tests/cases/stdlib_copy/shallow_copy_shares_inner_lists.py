import copy

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print(grid, shallow, deep)
print(shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
