class Base:
    def __init__(self):
        self.__id = "base-id"
        self._tag = "base-tag"

    def base_id(self):
        return self.__id, self._tag

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__id = "child-id"
        self._tag = "child-tag"

c = Child()
print(c.base_id())
print(sorted(vars(c).items()))
