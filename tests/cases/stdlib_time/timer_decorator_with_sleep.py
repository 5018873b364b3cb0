# The usual timing decorator: perf_counter() around a call that sleeps. Only what does not
# depend on the machine is printed: the types of the clocks and that time moved forward.
import time
from functools import wraps


def timer(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} slept long enough: {elapsed >= 0.02}")
        return result
    return wrapper


@timer
def slow_double(n):
    time.sleep(0.02)
    return n * 2


print(slow_double(21))
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
a = time.monotonic()
b = time.monotonic()
print(a <= b, type(time.perf_counter_ns()).__name__, time.sleep(0))
