class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return self.rows == o.rows
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
print(m[0, 1], m, 2 * m, m * 2, m == Matrix([[1, 9], [3, 4]]))
try:
    m * m
except TypeError as e:
    print(e)
m[1, 1] += 10
print(m)
