def make():
    hits = 0

    class Tracker:
        def hit(self):
            nonlocal hits
            hits += 1
            return hits

    return Tracker()


print(make().hit())
