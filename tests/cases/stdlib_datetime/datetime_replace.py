from datetime import date, datetime

d = date(2024, 1, 31)
print(d.replace(day=15), d)
dt = datetime(2024, 1, 1, 12, 30)
print(dt.replace(year=2000, minute=0))
print(repr(dt.replace(second=5, microsecond=7)))
try:
    d.replace(month=2)
except ValueError as e:
    print(e)
try:
    d.replace(foo=1)
except TypeError as e:
    print(e)
