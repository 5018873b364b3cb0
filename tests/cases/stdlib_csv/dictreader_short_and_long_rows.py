import csv

rows = csv.DictReader(["a,b", "1", "1,2,3"], restval="?")
for r in rows:
    print(r)
