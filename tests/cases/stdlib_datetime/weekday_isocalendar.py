from datetime import date

d = date(2024, 12, 30)
print(d.weekday(), d.isoweekday())
print(d.isocalendar())
print(d.isocalendar().week, tuple(d.isocalendar()))
print(date(2021, 1, 1).isocalendar())
print(date.fromisocalendar(2020, 53, 7))
print(d.ctime())
print(d.timetuple())
print(d.timetuple().tm_yday)
