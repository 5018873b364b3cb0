class CM:
    def __enter__(self):
        return "bound"

    def __exit__(self, *exc):
        return True

with CM() as name:
    raise ValueError
print(name)
