class Box:
    def __init__(self, size):
        self.size = size

boxes = [Box(3), Box(1)]
print(len(boxes))
sorted(boxes)
