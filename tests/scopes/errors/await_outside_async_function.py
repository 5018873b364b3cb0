def f():
    return await something()
