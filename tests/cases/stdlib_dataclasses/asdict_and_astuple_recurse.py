from dataclasses import dataclass, asdict, astuple, field

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)

ln = Line(Point(0, 0), Point(3, 4), ["a"])
print(asdict(ln))
print(astuple(ln))
d = asdict(ln)
d["tags"].append("b")
print(ln.tags)
