# A class that defines no __init__ or __repr__ inherits object's, which CPython shows as
# slot wrappers; bound to an instance they are method-wrappers. Other methods of the
# built-in types are plain method descriptors ("<method ...>").
class Plain:
    pass


class Custom:
    def __init__(self):
        pass


p = Plain()
print(Plain.__init__)
print(Plain.__init__ is object.__init__, Custom.__init__ is object.__init__)
print(Plain.__repr__, Plain.__eq__, Plain.__hash__)
print(Plain.__format__)
print(str(p.__str__).split(" at ")[0])
print(str([].__len__).split(" at ")[0])
print(str((5).__add__).split(" at ")[0])
print(str([].append).split(" at ")[0])
print(int.__add__, str.__len__, tuple.__getitem__, str.__contains__)
print(list.__getitem__, dict.__getitem__, dict.__contains__, set.__contains__)
print(list.__init__, dict.__init__, str.upper, list.append)
