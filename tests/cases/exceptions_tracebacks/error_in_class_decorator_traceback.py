def register(cls):
    raise ValueError(f"cannot register {cls.__name__}")

@register
class Plugin:
    pass
