class Point:
    def __init__(self):
        self.x = 1

try:
    Point().y
except AttributeError as e:
    print(e)
