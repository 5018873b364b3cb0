from datetime import timedelta

for td in [timedelta(days=1), timedelta(seconds=-1), timedelta(days=2, hours=3),
           timedelta(microseconds=5), timedelta(days=-2), timedelta(0),
           timedelta(hours=25, minutes=1, seconds=1, microseconds=10)]:
    print(str(td))
