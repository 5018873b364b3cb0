import copy

class Box:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Box({self.items})"

boxes = [Box([1]), Box([2])]
sliced = boxes[:]
listed = list(boxes)
copied = copy.copy(boxes)
deep = copy.deepcopy(boxes)
boxes[0].items.append(99)
boxes[1] = Box(["new"])
print(sliced)
print(listed)
print(copied)
print(deep)
b = Box([1, 2])
b2 = copy.copy(b)
b2.items.append(3)
b3 = copy.deepcopy(b)
b3.items.append(4)
print(b, b2, b3, b.items is b2.items)
