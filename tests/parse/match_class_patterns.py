match shape:
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case geometry.Point(x=px):
        pass
    case Line(Point(a, b), Point(c, d)):
        pass
    case int(n) | float(n):
        pass
    case Point(x, y,):
        pass
