def outer():
    T = int
    R = str

    def convert(value: T, *rest: T, flag: bool = True, **extra: T) -> R:
        return str(value)

    return convert
