def outer(rows):
    return [[(cell := c) for c in row] for row in rows], cell
