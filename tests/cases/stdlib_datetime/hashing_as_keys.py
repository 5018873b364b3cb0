from datetime import date, datetime, timedelta

counts = {}
for d in [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 1)]:
    counts[d] = counts.get(d, 0) + 1
print(counts)
print(len({timedelta(days=1), timedelta(hours=24), timedelta(minutes=1440)}))
print(hash(timedelta(1)) == hash(timedelta(seconds=86400)))
print(datetime(2024, 1, 1, 12) in {datetime(2024, 1, 1, 12, 0): "noon"})
