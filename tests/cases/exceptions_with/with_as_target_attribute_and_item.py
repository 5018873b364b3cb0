class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        pass

class Box:
    pass

box = Box()
slots = {}
with CM() as box.value, CM() as slots["k"]:
    pass
print(box.value, slots)
