def log(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        func(*args)
    return wrapper

@log
def add(a, b):
    return a + b

result = add(2, 3)
print(result)
print(add.__name__)
print(add(1, 1) + 1)
