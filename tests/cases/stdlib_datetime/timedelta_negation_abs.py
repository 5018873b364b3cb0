from datetime import timedelta

td = timedelta(hours=1)
print(repr(-td))
print(-td)
print(abs(-td))
print(+td == td, -(-td) == td)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(sorted([timedelta(days=1), -td, td, timedelta(0)]))
