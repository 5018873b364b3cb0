from datetime import date, datetime, time

dt = datetime.combine(date(2024, 6, 1), time(8, 15))
print(repr(dt))
print(dt.date(), dt.time(), repr(dt.timetz()))
print(datetime.combine(dt.date(), time()) == datetime(2024, 6, 1))
print(repr(time()), time(23, 59, 59, 999999))
try:
    datetime.combine("2024-06-01", time())
except TypeError as e:
    print(e)
