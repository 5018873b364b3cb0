class Box:
    def store(self):
        setattr(self, "__item", "via setattr")
        self.__item = "via attribute"

    def read(self):
        return self.__item

b = Box()
b.store()
print(sorted(vars(b)))
print(b.read(), getattr(b, "__item"))
