from datetime import date, datetime, timedelta

for make in [lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1),
             lambda: date.max + timedelta(1), lambda: datetime.min - timedelta(1)]:
    try:
        print(make())
    except OverflowError as e:
        print("OverflowError:", e)
