class Node:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Node({self.value!r}, {self.missing})"
print([Node(1)])
