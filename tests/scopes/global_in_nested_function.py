x = "module"


def outer():
    x = "outer"

    def inner():
        global x
        x = "changed by inner"

    inner()
    return x


print(outer(), x)
