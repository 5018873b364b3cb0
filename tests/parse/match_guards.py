match point:
    case (x, y) if x == y:
        pass
    case (x, y) if x > 0 and y > 0:
        pass
    case _ if (n := compute()):
        pass
    case Point(x=x) if x:
        pass
