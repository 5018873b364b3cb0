def outer():
    x = 0

    def inner():
        print(x)
        nonlocal x
