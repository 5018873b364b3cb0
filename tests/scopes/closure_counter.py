def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter(10)
print(counter(), counter())
