from datetime import date, datetime

print(date(1, 1, 1).toordinal(), date(2024, 1, 1).toordinal())
print(date.fromordinal(738886), repr(datetime.fromordinal(1)))
try:
    date.fromordinal(0)
except ValueError as e:
    print(e)
print(date.fromordinal(date(2024, 2, 28).toordinal() + 1))
