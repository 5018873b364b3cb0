def outer():
    total = 0

    def middle():
        def inner():
            nonlocal total
            total += 1
            return total

        return inner

    return middle()


print(outer()())
