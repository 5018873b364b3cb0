# A decorator keeps state in its closure: every call of the wrapper updates it.
def counted(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


@counted
def greet(name, punctuation="!"):
    return "hello " + name + punctuation


print(greet("ada"))
print(greet("alan", punctuation="?"))
