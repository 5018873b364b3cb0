import csv, sys

w = csv.writer(sys.stdout, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", "c"])
csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(["x,y"])
