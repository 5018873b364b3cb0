match config:
    case {"debug": a, "debug": b}:
        pass
