for cls in (KeyError, ZeroDivisionError, UnboundLocalError, FileNotFoundError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
