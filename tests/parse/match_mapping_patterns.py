match m:
    case {}:
        pass
    case {'key': value}:
        pass
    case {'a': 1, 'b': [x, y]}:
        pass
    case {'a': _, **rest}:
        pass
    case {**rest}:
        pass
    case {1: x, None: y, Color.RED: z}:
        pass
    case {'trailing': x,}:
        pass
    case {-1: a, 1+2j: b, 'ab' 'c': c}:
        pass
