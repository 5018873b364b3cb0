from datetime import datetime

for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"),
                  ("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Q"), ("2024", "%Y%"),
                  ("1/2/2024", "%d-%m-%Y")]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.strptime(20240101, "%Y%m%d")
except TypeError as e:
    print("TypeError:", e)
