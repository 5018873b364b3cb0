class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self._head = None
        self._size = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, v):
        self._head = self._Node(v, self._head)
        self._size += 1

    def __iter__(self):
        n = self._head
        while n:
            yield n.value
            n = n.next

    def __len__(self):
        return self._size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return f"LinkedList([{', '.join(map(repr, self))}])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __reversed__(self):
        return LinkedList(list(self)[::-1])

ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], reversed(ll), ll == LinkedList([1, 2, 3]), 2 in ll)
print(LinkedList._Node.__qualname__, type(ll._head).__name__)
try:
    ll[10]
except IndexError as e:
    print(e)
try:
    hash(ll)
except TypeError as e:
    print(e)
