from datetime import date

d = date(2024, 2, 29)
print(d)
print(repr(d))
print([d])
print(f"{d!r} {d!s}")
print(d.year, d.month, d.day)
print(type(d), type(d).__name__, type(d).__module__)
