def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper

@trace
def ratio(a, b):
    def safe_div():
        return a / b
    return safe_div()

print(ratio(6, 3))
print(ratio(1, 0))
