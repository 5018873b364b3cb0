match value:
    case [a, (b | c)]:
        pass
