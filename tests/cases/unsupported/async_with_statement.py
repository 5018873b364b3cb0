class Resource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

async def use():
    async with Resource() as r:
        print(r)

print("defined")
