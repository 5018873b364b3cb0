import csv

lines = ['id,name,note', '1,ann,"likes, commas"', '2,"bo ""the"" dev",', '3,cy,plain']
for row in csv.reader(lines):
    print(row)
