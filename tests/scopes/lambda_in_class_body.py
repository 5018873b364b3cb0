class Shapes:
    sides = 4
    area = lambda self, s: s * sides
    perimeter = lambda self, s=sides: 4 * s
