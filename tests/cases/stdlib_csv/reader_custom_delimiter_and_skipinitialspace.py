import csv

print(list(csv.reader(["a; b;  c"], delimiter=";")))
print(list(csv.reader(["a; b;  c"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(["x\ty"], dialect="excel-tab")))
