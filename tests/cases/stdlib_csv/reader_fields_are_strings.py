import csv

rows = list(csv.reader(["1,2,3", "4,5,6"]))
print(rows)
print(sum(int(x) for x in rows[0]), rows[0][0] + rows[1][0])
