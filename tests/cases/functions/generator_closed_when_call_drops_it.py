# A suspended generator that a call leaves unreferenced is closed at once (its finally
# runs) before the caller continues, not at the end of the statement.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


def first(it):
    for x in it:
        return x


print(first(gen()))
print(next(gen()))
print("between")
for x in gen():
    break
print("loop done")
print([first(gen()), first(gen())])
