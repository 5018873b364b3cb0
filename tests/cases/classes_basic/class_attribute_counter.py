class Widget:
    count = 0

    def __init__(self):
        Widget.count += 1
        self.id = Widget.count

ws = [Widget() for _ in range(3)]
print([w.id for w in ws], Widget.count)

class Broken:
    count = 0
    def __init__(self):
        self.count += 1

b1, b2 = Broken(), Broken()
print(b1.count, b2.count, Broken.count)
