class Tracked:
    count = 0

    @classmethod
    def create(cls):
        cls.count += 1
        return cls()

class Sub(Tracked):
    pass

Tracked.create()
Sub.create()
Sub.create()
print(Tracked.count, Sub.count, "count" in vars(Sub))
