def outer():
    def inner():
        return undefined_anywhere, builtin_len(len)

    return inner


def builtin_len(f):
    return f
