import csv, io

w = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w.writerow({"a": 1, "b": 2})
except ValueError as e:
    print(e)
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
print(w2.writerow({"a": 1, "b": 2}))
