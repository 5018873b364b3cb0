# Closures: counter factories (cells, nonlocal) created and called in a loop.
def make_counter(step):
    count = 0

    def increment():
        nonlocal count
        count += step
        return count

    return increment


def make_adder(n):
    return lambda x: x + n


total = 0
for i in range(30000):
    counter = make_counter(i % 7 + 1)
    add = make_adder(i)
    for _ in range(100):
        total = add(counter()) - i + (total & 0xFFFF)
print(total)
