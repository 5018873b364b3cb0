def logged(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

divide(1, 0)
