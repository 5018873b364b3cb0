def f(source):
    return [item async for item in source]
