import copy

class Box:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Box({self.items})"

same = True
for _ in range(20):
    boxes = [Box([i]) for i in range(4)]
    if repr(copy.deepcopy(boxes)) != repr(boxes):
        same = False
print(same)

memo = {}
a = [1, [2]]
b = copy.deepcopy(a, memo)
print(len(memo), memo[id(a)] is b, memo[id(memo)] == [a[1], a])
