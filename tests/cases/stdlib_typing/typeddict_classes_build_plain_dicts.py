from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, type(m), Movie(title="y", year=2), Movie({"title": "z"}), type(Movie(title="q")))
print(Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__, Movie)
class Sequel(Movie, total=False):
    prequel: str
print(Sequel.__annotations__, sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__), Sequel.__total__)
s = Sequel(title="t", year=3, prequel="p"); s["extra"] = 1; print(s)
P = TypedDict("P", {"x": int, "y": int})
print(P(x=1, y=2), P.__annotations__, P.__total__, sorted(P.__required_keys__))
Q = TypedDict("Q", {"a": str}, total=False)
print(Q.__total__, sorted(Q.__optional_keys__), Q(a="1"))
print(TypedDict("R", {"x": int}))
