def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return click(x, y)
        case {'type': 'key', 'key': key} if key.isprintable():
            return press(key)
        case _:
            return None
    return 0
