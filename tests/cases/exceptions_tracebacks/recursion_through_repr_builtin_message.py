# repr(self) inside __repr__: the repr() call, the object's repr and the frame each count,
# and the call check is the one that fails ("while calling a Python object").
class Node:
    def __repr__(self):
        return "Node(" + repr(self) + ")"


print(Node())
