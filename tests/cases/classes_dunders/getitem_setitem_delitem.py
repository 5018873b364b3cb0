class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

g = Grid()
g[0, 1] = "X"
print(g[0, 1], g[1, 1])
del g[0, 1]
print(g.cells)
