match point:
    case (x, 0) | (0, y):
        pass
