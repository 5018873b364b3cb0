from datetime import timedelta

print(repr(timedelta(hours=36)))
print(repr(timedelta(seconds=-1)))
print(repr(timedelta(minutes=90, milliseconds=1500)))
print(repr(timedelta(0)))
print(repr(timedelta(weeks=1, days=-8)))
print(repr(timedelta(days=1.5, seconds=0.25)))
td = timedelta(days=-1, seconds=5)
print(td.days, td.seconds, td.microseconds)
print(timedelta(hours=1) == timedelta(minutes=60))
