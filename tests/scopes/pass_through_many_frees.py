def outer():
    alpha = 1
    beta = 2
    gamma = 3
    delta = 4
    epsilon = 5

    def middle():
        def inner():
            return alpha + beta + gamma + delta + epsilon

        return inner

    return middle()()
