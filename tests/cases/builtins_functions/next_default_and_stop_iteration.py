# next() returns the default when exhausted; a user iterator's StopIteration passes through.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1
c = Countdown(2)
print(next(c), next(c), next(c, "empty"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
