match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case a,:
        pass
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case (first, *_, last):
        pass
    case [[a, b], [c, d]]:
        pass
    case [1, 'x', None]:
        pass
