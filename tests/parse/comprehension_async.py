async def f():
    [x async for x in aiter()]
    {x async for x in aiter() if await x}
    [await x for x in xs]
    (x async for x in aiter())
    {k: v async for k, v in items()}
