from datetime import datetime

dt = datetime(2024, 7, 4, 9, 5, 3, 120)
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f"))
print(dt.strftime("%a %A %b %B %j %y %%"))
print(dt.strftime("%d/%m/%Y"))
print(dt.strftime("%c | %x | %X"))
print(dt.strftime("%U %W %w %u"))
print(dt.date().strftime("%H:%M"))
print(dt.time().strftime("%H:%M %Y"))
print(dt.strftime(""))
