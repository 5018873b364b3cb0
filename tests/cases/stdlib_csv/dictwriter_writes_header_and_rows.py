import csv, sys

w = csv.DictWriter(sys.stdout, fieldnames=["name", "score"], lineterminator="\n")
w.writeheader()
w.writerow({"name": "ann", "score": 9})
w.writerow({"name": "bob"})
w.writerows([{"score": 1, "name": "cy"}])
