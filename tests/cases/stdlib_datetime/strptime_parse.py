from datetime import datetime

print(repr(datetime.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")))
print(datetime.strptime("03/15/24", "%m/%d/%y"))
print(datetime.strptime("Friday, 5 July 2024 3PM", "%A, %d %B %Y %I%p"))
print(datetime.strptime("12:30:45.5", "%H:%M:%S.%f"))
print(datetime.strptime("2024-060", "%Y-%j").date())
print(datetime.strptime("jan 1 1999", "%b %d %Y"))
print(datetime.strptime("69", "%y").year, datetime.strptime("68", "%y").year)
