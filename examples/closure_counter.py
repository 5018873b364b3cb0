# LEGB: `count` lives in make_counter's frame; `nonlocal` lets the inner function rebind it.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter(10)
print(counter())
print(counter(5))
other = make_counter()
print(other(), counter())
