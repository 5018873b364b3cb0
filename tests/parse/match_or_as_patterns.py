match x:
    case 1 | 2 | 3:
        pass
    case [a, b] as pair:
        pass
    case (1 | 2) as small:
        pass
    case Point(x=0) | Point(y=0) as on_axis:
        pass
    case [1 as one, 2 as two]:
        pass
    case {'k': (1 | 2) as v}:
        pass
    case 'a' | 'b' as letter if letter:
        pass
