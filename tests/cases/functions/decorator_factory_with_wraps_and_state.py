import functools

def retry(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        wrapper.times = times
        return wrapper
    return decorator

calls = []

@retry(3)
def flaky(n):
    """Fails until called n times."""
    calls.append(n)
    if len(calls) < n:
        raise ValueError(f"call {len(calls)}")
    return "ok"

print(flaky(2))
print(flaky.__name__, flaky.__doc__, flaky.times)
print(flaky.__wrapped__.__name__)
calls.clear()
print(flaky(5))
