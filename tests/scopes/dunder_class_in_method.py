class Node:
    def kind(self):
        return __class__.__name__

    def other(self):
        return type(self)
