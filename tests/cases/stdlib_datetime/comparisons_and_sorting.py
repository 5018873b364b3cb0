from datetime import date, datetime, timedelta

dates = [date(2024, 3, 1), date(2023, 12, 25), date(2024, 1, 15)]
print(sorted(dates))
print(min(dates), max(dates))
print(date(2024, 1, 1) < date(2024, 1, 2) <= date(2024, 1, 2))
print(date(2024, 1, 1) == datetime(2024, 1, 1))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0, 0, 0))
print(timedelta(days=1) > timedelta(hours=23), timedelta(1) == 1)
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
