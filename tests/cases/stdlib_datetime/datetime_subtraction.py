from datetime import datetime, timedelta

start = datetime(2024, 3, 9, 22, 30)
end = datetime(2024, 3, 11, 1, 15, 30)
gap = end - start
print(gap)
print(repr(gap))
print(gap.days, gap.seconds, gap.total_seconds())
print(start - end)
print(start + timedelta(hours=2))
print(end - timedelta(days=2, microseconds=1))
