import csv, io

out = io.StringIO()
w = csv.writer(out)
w.writerow([""])
w.writerow(["", ""])
w.writerow([None])
print(repr(out.getvalue()))
