class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        print(f"  {self} < {other}")
        return self.parts < other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.9")]
print(sorted(vs))
print(max(vs, key=lambda v: v.parts))
print(Version("2.0") > Version("1.0"))
try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print("TypeError:", e)
