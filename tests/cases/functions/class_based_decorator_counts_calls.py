class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"call {self.calls} of {self.func.__name__}")
        return self.func(*args, **kwargs)

@CountCalls
def greet(name, punct="!"):
    return f"hello {name}{punct}"

print(greet("ann"))
print(greet("bob", punct="?"))
print(greet.calls, type(greet).__name__, callable(greet))
print(isinstance(greet, CountCalls))
