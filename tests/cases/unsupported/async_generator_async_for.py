async def ticks(n):
    for i in range(n):
        yield i

async def consume():
    async for t in ticks(3):
        print(t)

print("defined")
