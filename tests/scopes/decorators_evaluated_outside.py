def outer():
    def deco(f):
        return f

    registry = []

    @deco
    def decorated(x=registry):
        return x

    @deco
    class Decorated:
        pass

    return decorated, Decorated
