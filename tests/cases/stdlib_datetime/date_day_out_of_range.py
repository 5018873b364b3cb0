from datetime import date

print(date(2024, 2, 29))  # 2024 is a leap year
for year in (2023, 1900, 2000):
    try:
        print(date(year, 2, 29))
    except ValueError as e:
        print(year, "->", e)
try:
    date(0, 1, 1)
except ValueError as e:
    print(e)
date(2024, 4, 31)
