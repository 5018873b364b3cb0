import csv, io

w = csv.writer(io.StringIO())
print(w.writerow(["a", "b"]), w.writerow(["a,b"]), w.writerow([]))
