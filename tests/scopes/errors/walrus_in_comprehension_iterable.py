def f():
    return [x for x in (data := range(3))]
