def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

def make_multiplier(n):
    return lambda x: x * n

counter = make_counter()
counter()
times3 = make_multiplier(3)
print(times3(10))
