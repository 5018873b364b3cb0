from datetime import date, datetime, time, timedelta, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR)
print(repr(date.min), repr(date.max), repr(date.resolution))
print(repr(datetime.min), repr(datetime.max))
print(repr(time.min), repr(time.max))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.max)
