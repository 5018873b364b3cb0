def outer():
    level = 1

    class Inner:
        nonlocal level
        level = 2

    return level
