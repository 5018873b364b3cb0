import csv, sys

csv.writer(sys.stdout, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1, None])
csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5, None, True])
