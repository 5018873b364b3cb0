def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@counted
def square(x):
    return x * x

print([square(i) for i in range(4)])
print(square.calls)
