def countdown(n):
    def step(k):
        if k == 0:
            return []
        return [k] + step(k - 1)

    return step(n)


print(countdown(3))
