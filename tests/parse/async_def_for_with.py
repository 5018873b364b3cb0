async def main():
    async for x in aiter():
        pass
    async for x in y:
        pass
    else:
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c):
        pass
    await asyncio.sleep(0)
@decorator
async def decorated() -> int:
    return 1
