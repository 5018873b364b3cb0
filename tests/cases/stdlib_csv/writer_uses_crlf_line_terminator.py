import csv, io

out = io.StringIO()
w = csv.writer(out)
w.writerow(["name", "qty"])
w.writerow(["pen", 3])
print(repr(out.getvalue()))
