a = [1, 2]
b = {"k": 0}
result = (a[0] + a[1]) / b["k"]
