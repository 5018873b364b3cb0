def f():
    result = 10
    return reslt

f()
