def describe(command):
    match command:
        case ["go", direction]:
            return direction
        case ["pick", *items]:
            return items
        case {"action": action, **rest}:
            return action, rest
        case Point(x=0, y=py) as point:
            return py, point
        case [first, (1 | 2) as second] if first:
            return second
        case _:
            return None


class Point:
    __match_args__ = ("x", "y")
