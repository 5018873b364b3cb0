from datetime import date, timedelta

d = date(2024, 5, 17)
try:
    timedelta(1).days = 2
except AttributeError as e:
    print(e)
d.year = 2025
