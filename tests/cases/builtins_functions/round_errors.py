# round() of NaN or infinity to an int fails; a rounded value can overflow.
for x in [float('nan'), float('inf')]:
    try:
        round(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(e)
