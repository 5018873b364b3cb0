def f():
    return [await x for x in source]
