import csv, io

f = io.StringIO("name,age\nann,30\nbob,25\n")
reader = csv.DictReader(f)
for row in reader:
    print(row["name"], int(row["age"]) + 1)
print(reader.fieldnames)
