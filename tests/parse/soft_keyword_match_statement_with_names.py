match match:
    case case:
        pass
match case:
    case match if match:
        match = case
    case _:
        case = match
match _:
    case _:
        _ = 1
match (match):
    case (case):
        pass
