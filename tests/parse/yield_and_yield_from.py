def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 2
    z = yield from other()
    yield from range(3)
    await_ = (yield)
    f((yield))
    print((yield x))
    return (yield from g)
