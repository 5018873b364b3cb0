registry = []


class Plugin:
    global registry
    registry = ["plugin"]
    name = "p"
