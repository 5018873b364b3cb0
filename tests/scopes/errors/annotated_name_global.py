def f():
    x: int = 0
    global x
