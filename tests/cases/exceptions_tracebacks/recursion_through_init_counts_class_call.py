# Calling a class goes through tp_call, which counts toward the recursion limit: an
# __init__ that builds another instance stops after about 500 frames, not 1000.
class Tree:
    def __init__(self, depth):
        self.depth = depth
        self.child = Tree(depth + 1)


Tree(0)
