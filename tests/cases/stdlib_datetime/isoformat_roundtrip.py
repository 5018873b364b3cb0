from datetime import date, datetime, time

dt = datetime(2024, 1, 2, 3, 4, 5, 6000)
s = dt.isoformat()
print(s, datetime.fromisoformat(s) == dt)
print(dt.isoformat(sep=" ", timespec="milliseconds"))
print(dt.isoformat(timespec="minutes"), datetime(2024, 1, 2).isoformat())
print(repr(date.fromisoformat("2024-02-29")), repr(date.fromisoformat("20240229")))
print(repr(time.fromisoformat("12:30")), time(1, 2, 3, 4).isoformat("hours"))
print(repr(datetime.fromisoformat("2024-05-06 07:08:09.5")))
for bad in ["2024-1-1", "2024-02-30"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print(e)
