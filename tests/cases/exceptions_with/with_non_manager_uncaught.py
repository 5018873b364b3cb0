with 42:
    pass
