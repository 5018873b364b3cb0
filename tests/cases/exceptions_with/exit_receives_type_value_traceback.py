class Spy:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type.__name__, repr(exc), type(tb).__name__, tb.tb_lineno)
        return True

with Spy():
    x = 1
    raise ValueError("inside")
print("suppressed")
