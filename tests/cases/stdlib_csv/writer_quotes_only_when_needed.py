import csv, sys

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["plain", "with,comma", 'say "hi"', "two\nlines", "", None, 1.5])
