import csv, sys

for kw in ({"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 9}):
    try:
        csv.writer(sys.stdout, **kw)
    except TypeError as e:
        print(e)
