class Grid:
    size = 3
    cells = [(row, col) for row in range(size) for col in range(size)]
    doubled = [size * n for n in range(3)]
    pairs = {n: size for n in range(2)}
