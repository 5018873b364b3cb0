import csv, io

csv.writer(io.StringIO()).writerow(42)
