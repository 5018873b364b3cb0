registry = {}

def register(name):
    def decorator(cls):
        registry[name] = cls
        return cls
    return decorator

@register("circle")
class Circle:
    pass

@register("square")
class Square:
    pass

print({k: v.__name__ for k, v in registry.items()})
