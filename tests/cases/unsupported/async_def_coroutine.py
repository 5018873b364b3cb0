async def fetch():
    return 42

coro = fetch()
print(type(coro).__name__)
