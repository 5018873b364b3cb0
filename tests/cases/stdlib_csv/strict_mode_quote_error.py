import csv

print(list(csv.reader(['a,"b"c'])))
list(csv.reader(['a,"b"c'], strict=True))
