def f():
    return (
        1,
        2,
    )
def g():
    return [
        x
        for x in y
    ]
