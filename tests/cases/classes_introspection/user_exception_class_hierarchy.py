class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key

try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print([k.__name__ for k in NotFound.__mro__])
