# dir() lists instance, class and inherited names, sorted.
class Point:
    dims = 2
    def __init__(self):
        self.x = 0
    def norm(self):
        return 0
print([n for n in dir(Point()) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print("__init__" in dir(Point), "x" in dir(Point))
