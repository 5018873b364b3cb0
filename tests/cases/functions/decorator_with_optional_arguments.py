import functools

def tag(func=None, *, name="b"):
    if func is None:
        return functools.partial(tag, name=name)
    @functools.wraps(func)
    def wrapper(*args):
        return f"<{name}>{func(*args)}</{name}>"
    return wrapper

@tag
def hello():
    return "hello"

@tag(name="i")
def world():
    return "world"

@tag(name="u")
@tag
def both(x):
    return x

print(hello(), world(), both("!"))
print(hello.__name__, world.__name__, both.__name__)
