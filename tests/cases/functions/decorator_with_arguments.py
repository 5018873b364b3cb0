def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(n):
    return n * 2

print(roll(5))

@repeat(times=1)
def once():
    return "once"

print(once())
