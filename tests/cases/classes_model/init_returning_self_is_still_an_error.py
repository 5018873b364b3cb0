class Node:
    def __init__(self):
        self.value = 0
        return self

try:
    Node()
except TypeError as e:
    print("TypeError:", e)

class Fine:
    def __init__(self):
        return None

print(type(Fine()).__name__)
