# f"{self!r}" inside __repr__: the object's repr and the frame count, and the repr check
# is the one that fails.
class Node:
    def __repr__(self):
        return f"Node({self!r})"


repr(Node())
