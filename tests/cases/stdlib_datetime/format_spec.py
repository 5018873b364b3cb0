from datetime import date, datetime

d = date(2024, 8, 9)
print(f"{d}", f"{d:%d.%m.%Y}", format(d, ""), "{:%B}".format(d))
dt = datetime(2024, 8, 9, 18, 7)
print(f"Meeting at {dt:%H:%M} on {dt:%A}")
print(f"{dt!r}")
