import csv, io

print(list(csv.reader(io.StringIO("a,b\n\nc,d\n"))))
