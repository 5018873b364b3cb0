from datetime import time

for t in [time(0, 0), time(9, 30), time(12, 0), time(12, 45), time(23, 59)]:
    print(t.strftime("%I:%M %p"), t.isoformat())
