class Position:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value

items = ["a", "b", "c"]
print(items[Position(1)])
try:
    items[Position("2")]
except TypeError as e:
    print(e)
