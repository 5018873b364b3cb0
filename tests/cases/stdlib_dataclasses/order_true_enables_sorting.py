from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(0, 9, 9), Version(1, 0, 5), Version(1)]
print(sorted(vs))
print(Version(1, 2) > Version(1, 1, 9), max(vs))
