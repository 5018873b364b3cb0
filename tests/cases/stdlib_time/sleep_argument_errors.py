# time.sleep takes one int or float of seconds, not negative; the clocks take no arguments.
import time

for bad in (-1, -0.5, "1", None, float("nan")):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.time(0)):
    try:
        call()
    except TypeError as e:
        print(e)
print(time.sleep, time.perf_counter)
