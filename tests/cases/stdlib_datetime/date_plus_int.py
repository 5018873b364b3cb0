from datetime import date

d = date(2024, 1, 1)
print(d)
tomorrow = d + 1
