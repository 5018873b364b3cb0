from datetime import date, timedelta

d = date(2024, 1, 31)
print(d + timedelta(days=30))
print(d - timedelta(weeks=5))
print(timedelta(days=1) + d)
print(date(2024, 3, 1) - date(2024, 2, 1))
print(date(2024, 1, 1) - date(2025, 1, 1))
print((date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d + timedelta(hours=23, minutes=59))  # only whole days count
