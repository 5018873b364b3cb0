match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 'str':
        pass
    case b'bytes':
        pass
    case 'implicit' 'concat':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
