class Stack:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

s = Stack()
print(bool(s), not s)
s.items.append(1)
print(bool(s), "nonempty" if s else "empty")
