async def f():
    await x
    y = await g()
    await a.b.c()
    return await h()
    await x ** 2
    -await x
    [await z for z in zs]
