from datetime import timedelta

print(timedelta(1) == 1)
timedelta(1) < 1
