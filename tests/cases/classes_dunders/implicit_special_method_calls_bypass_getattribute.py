class Spy:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Spy()"
s = Spy()
print(len(s))
print(repr(s))
print(s.__len__())
print(str(s))
