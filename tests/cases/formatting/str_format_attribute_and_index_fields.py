# Field names may index and take attributes of arguments.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
# A key made of digits is looked up as an int.
data = {"name": "Ada", "langs": ["Python", "Rust"], 0: "int key", "0": "str key"}
print("{0.x},{0.y} {p.y}".format(p, p=p))
print("{d[name]} likes {d[langs][1]}; {d[0]!r}".format(d=data))
print("{0[1]} {0[0][0]}".format(["ab", "cd"]), "{[0]}".format("xyz"))
for fmt in ("{0.z}", "{0[}", "{0[0]x}", "{0.}", "{0[]}"):
    try:
        print(fmt.format(p))
    except (ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
