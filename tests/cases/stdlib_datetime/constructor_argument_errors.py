from datetime import date, datetime, time, timedelta

for make in [lambda: date(2024, 1), lambda: date(2024, 1, 1, 1), lambda: date(2024.0, 1, 1),
             lambda: date("2024", 1, 1), lambda: time(24), lambda: time(1, 60),
             lambda: datetime(2024, 1, 1, 12, 0, 60), lambda: timedelta(days=1, x=1),
             lambda: timedelta("1"), lambda: time(foo=1), lambda: timedelta(1, days=1)]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
