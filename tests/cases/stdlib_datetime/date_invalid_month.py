import datetime

print(datetime.date(2024, 12, 31))
datetime.date(2024, 13, 1)
