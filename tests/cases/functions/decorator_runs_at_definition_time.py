registry = []

def register(func):
    registry.append(func.__name__)
    return func

print("before", registry)

@register
def alpha():
    pass

@register
def beta():
    pass

print("after", registry)
print(alpha() is None)
