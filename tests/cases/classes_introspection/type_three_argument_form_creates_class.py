def hello(self):
    return f"hello from {type(self).__name__}, x={self.x}"

Point = type("Point", (), {"x": 0, "hello": hello})
p = Point()
print(p.hello())
print(Point.__name__, Point.__qualname__, Point.__bases__)
print(type(Point).__name__)
