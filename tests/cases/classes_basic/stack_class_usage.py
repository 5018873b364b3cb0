class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s))
print(s.pop(), s)
print(bool(Stack()), bool(s))
