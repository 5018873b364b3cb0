def outer():
    global config

    def inner():
        return config

    config = {"debug": True}
    return inner()


print(outer())
