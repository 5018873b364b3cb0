async def fetch(urls, session):
    results = [await session.get(u) for u in urls]
    async for chunk in session.stream():
        results.append(chunk)
    async with session.lock() as held:
        return [r async for r in session.pages()], held, results
