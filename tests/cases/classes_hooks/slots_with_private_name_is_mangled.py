class Secret:
    __slots__ = ("__key", "public")

    def __init__(self):
        self.__key = "k"
        self.public = "p"

s = Secret()
print(s._Secret__key, s.public)
print(Secret.__slots__)
print(sorted(k for k in vars(Secret) if not k.startswith("__")))
