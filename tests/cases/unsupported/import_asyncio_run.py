import asyncio

async def main():
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
