d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k.endswith("x"):
        del d[k]
print(d)
