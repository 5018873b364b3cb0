from datetime import timedelta

day = timedelta(days=1)
print(day * 3, day * 1.5, 2 * day)
print(day / 3)
print(day / timedelta(hours=5))
print(day // timedelta(hours=5))
print(day // 7)
print(day % timedelta(hours=5))
print(divmod(day, timedelta(hours=7)))
print(timedelta(seconds=1) / 3)
print(day.total_seconds(), timedelta(milliseconds=1).total_seconds())
try:
    day / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
