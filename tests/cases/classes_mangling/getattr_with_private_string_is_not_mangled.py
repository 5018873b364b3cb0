class Box:
    def __init__(self):
        self.__item = "gem"

    def by_getattr(self):
        return getattr(self, "__item", "not found")

    def by_mangled_getattr(self):
        return getattr(self, "_Box__item")

b = Box()
print(b.by_getattr())
print(b.by_mangled_getattr())
print(hasattr(b, "__item"), hasattr(b, "_Box__item"))
