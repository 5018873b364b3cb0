import functools

print("before")


@functools.singledispatch
def show(x):
    return f"object {x}"
