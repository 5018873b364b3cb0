class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<" + self.name + ">"

t = Tag("b")
print(t, str(t), repr(t))
print({"key": t})
